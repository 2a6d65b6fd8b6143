import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { test } from './support/e2eTest'

/** Flips one of the drawer's gate switches (they write the host's own Pinia stores) and waits for it. */
async function setSwitch(page: Page, testId: 'gate-permission' | 'gate-flag', on: boolean): Promise<void> {
  const toggle = page.getByTestId(testId)
  if ((await toggle.getAttribute('data-checked')) !== String(on)) await toggle.locator('label').click()
  await page.locator(`[data-testid="${testId}"][data-checked="${on}"]`).waitFor()
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
    await page.locator(`[data-testid="gate-result"][data-allowed="${allowed}"]`).waitFor()

    await host.openMenu()
    const seen = { permission, flag, associate: await host.menuAssociateExisting.isVisible(), create: await host.menuCreateTicket.isVisible() }
    expect(seen).toEqual({ permission, flag, associate: true, create: allowed })
    await host.closeMenu()
  }

  // The same gate read from the page's first render, not only after a switch.
  await host.goto({ permission: false })
  await host.openMenu()
  expect(await host.menuCreateTicket.count()).toBe(0)
  expect(await host.menuAssociateExisting.isVisible()).toBe(true)
})
