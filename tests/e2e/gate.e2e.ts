import { expect } from 'vitest'
import { attributeOf, count, waitForSelector } from './driver/dom'
import type { FrameDriver } from './driver/types'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'

/** Flips one of the drawer's gate switches (they write the host's own Pinia stores) and waits for it. */
async function setSwitch(page: FrameDriver, testId: 'gate-permission' | 'gate-flag', on: boolean): Promise<void> {
  const toggle = `[data-testid="${testId}"]`
  if ((await attributeOf(page, toggle, 'data-checked')) !== String(on)) await page.click(`${toggle} label`)
  await waitForSelector(page, `${toggle}[data-checked="${on}"]`, { state: 'attached' })
}

const COMBINATIONS = [
  { permission: true, flag: true },
  { permission: true, flag: false },
  { permission: false, flag: true },
  { permission: false, flag: false },
]

test('TCKT-S07-NEG: "Create Ticket" is offered only with the permission and the flag; "Associate existing" always', async ({ host }) => {
  const { page } = host
  await host.goto()
  for (const { permission, flag } of COMBINATIONS) {
    await setSwitch(page, 'gate-permission', permission)
    await setSwitch(page, 'gate-flag', flag)
    const allowed = permission && flag
    await waitForSelector(page, `[data-testid="gate-result"][data-allowed="${allowed}"]`, { state: 'attached' })

    await host.openMenu()
    const seen = { permission, flag, associate: await host.isVisible(HOST.menuAssociateExisting), create: await host.isVisible(HOST.menuCreateTicket) }
    expect(seen).toEqual({ permission, flag, associate: true, create: allowed })
    await host.closeMenu()
  }

  // The same gate read from the page's first render, not only after a switch.
  await host.goto({ permission: false })
  await host.openMenu()
  expect(await count(page, HOST.menuCreateTicket)).toBe(0)
  expect(await host.isVisible(HOST.menuAssociateExisting)).toBe(true)
})
