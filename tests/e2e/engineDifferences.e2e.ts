import { expect } from 'vitest'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { FORM, waitForCustomer } from './support/ticketForm'

/** True when keyboard focus, as the form's document sees it, is on its subject field. */
const subjectFocused = (subject: string) => document.activeElement?.matches(subject) ?? false

// The driver absorbs what differs between engines (`engine.quirks`); these tests keep each quirk
// honest, so a workaround is dropped when an engine changes and added when another needs it.
test('focus inside the cross-origin form: a script may move it in Chromium and Firefox, WebKit refuses; a click works everywhere', async ({ host, engine }) => {
  const { page, form } = host
  await host.goto()
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)

  // Focus on the host page first, so the frame does not have it.
  await page.focus(HOST.panel)
  const byScript = await form.evaluate((subject) => {
    document.querySelector<HTMLElement>(subject)?.focus()
    return document.activeElement?.matches(subject) ?? false
  }, FORM.subject)
  expect(byScript).toBe(engine.quirks.scriptFocusInCrossOriginFrame)

  // The driver's focus (a click where scripts are refused) reaches the field in every engine.
  await page.focus(HOST.panel)
  await form.focus(FORM.subject)
  expect(await form.evaluate(subjectFocused, FORM.subject)).toBe(true)
})

/** Frames the button below keeps jumping for: a second and more, longer than a click's round trips. */
const JUMPS = 64

/**
 * Puts a button on the page that jumps to a new place on each of the next `jumps` animation frames
 * (every place apart from the others, so a click aimed at an old one misses), then stays. Records
 * each click: on the button or not, and whether it was still moving.
 */
function addJumpingButton(jumps: number) {
  const record = { hits: 0, misses: 0, clickedWhileMoving: false, moving: true }
  Object.assign(window, { __jumping: record })
  const button = document.createElement('button')
  button.id = 'jumping-button'
  button.textContent = 'Jumping'
  Object.assign(button.style, { position: 'fixed', zIndex: '10000', width: '120px', height: '40px', margin: '0' })
  const place = (jump: number) => {
    button.style.left = `${40 + (jump % 8) * 160}px`
    button.style.top = `${200 + Math.floor(jump / 8) * 60}px`
  }
  place(0)
  document.body.append(button)
  addEventListener(
    'click',
    (event) => {
      if (event.target === button) record.hits++
      else record.misses++
      if (record.moving) record.clickedWhileMoving = true
    },
    true,
  )
  let jump = 0
  const next = () => {
    jump++
    place(jump)
    if (jump < jumps) requestAnimationFrame(next)
    else record.moving = false
  }
  requestAnimationFrame(next)
}

// The "+" menu is shown where Floating UI placed it while hidden, then moved on the next frame;
// a click aimed at its first place lands on the page behind it and closes it (WebDriver's Element
// Click did so in WebKit). The driver clicks only an element that has stopped moving.
test('a click waits until its element has stopped moving and lands on it, in every engine', async ({ host }) => {
  const { page } = host
  await host.goto()
  await page.evaluate(addJumpingButton, JUMPS)
  await page.click('#jumping-button')
  const record = await page.evaluate(() => (window as unknown as { __jumping: { hits: number; misses: number; clickedWhileMoving: boolean; moving: boolean } }).__jumping)
  expect(record).toEqual({ hits: 1, misses: 0, clickedWhileMoving: false, moving: false })
})

/**
 * Puts a button on the page that, on the first press it gets, moves 200 px down before the release
 * (as when a log above it grows between the two), then stays. Records every press and every click
 * that reaches it.
 */
function addButtonMovedByPress() {
  const record = { presses: 0, hits: 0 }
  Object.assign(window, { __movedByPress: record })
  const button = document.createElement('button')
  button.id = 'moved-by-press'
  button.textContent = 'Moves when pressed'
  Object.assign(button.style, { position: 'fixed', zIndex: '10000', left: '200px', top: '200px', width: '160px', height: '40px', margin: '0' })
  document.body.append(button)
  button.addEventListener('mousedown', () => {
    record.presses++
    if (record.presses === 1) button.style.top = '400px'
  })
  button.addEventListener('click', () => record.hits++)
}

// Still and on top when pressed, gone from under the pointer when released: the click goes to a
// common ancestor and every engine's own click reports success. The driver sees that the click
// never arrived and clicks again, where the button now is (`driver/receivedClick.ts`).
test('a click whose element moves between press and release is made again, in every engine', async ({ host }) => {
  const { page } = host
  await host.goto()
  await page.evaluate(addButtonMovedByPress)
  await page.click('#moved-by-press')
  const record = await page.evaluate(() => (window as unknown as { __movedByPress: { presses: number; hits: number } }).__movedByPress)
  expect(record).toEqual({ presses: 2, hits: 1 })
})
