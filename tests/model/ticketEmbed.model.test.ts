import { afterEach, beforeEach, describe, it, vi } from 'vitest'
import { modelPaths } from './model'
import { runPath } from './runPath'

const { state: statePaths, transition: transitionPaths } = modelPaths()

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ticketEmbedMachine model: every state', () => {
  it.each(statePaths.map((path) => [`${path.id} ${path.description}`, path] as const))('%s', async (_, path) => {
    await runPath(path)
  })
})

describe('ticketEmbedMachine model: every transition', () => {
  it.each(transitionPaths.map((path) => [`${path.id} ${path.covers}: ${path.description}`, path] as const))('%s', async (_, path) => {
    await runPath(path)
  })
})
