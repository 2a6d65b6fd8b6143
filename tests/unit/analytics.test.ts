import { analyticsEventName, analyticsProps } from '../../machines/analytics'
import { createActor } from 'xstate'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import type { TicketEmbedContext } from '../../machines/types'

/**
 * A context as the machine holds it when created (its own initial context, so a new field needs no
 * edit here); each test overrides what its event reads.
 */
const INITIAL_CONTEXT = createActor(ticketEmbedMachine, {
  input: { embedUrl: 'https://crm.example.com/embed', customer: { qontakCustomerId: 1001 } },
}).getSnapshot().context
const context = (overrides: Partial<TicketEmbedContext> = {}): TicketEmbedContext => ({ ...INITIAL_CONTEXT, ...overrides })
const TICKET = { ticketId: 'TCK-7', pipelineId: 'pl-1', isAutoAssociated: false }

describe('analytics (DESIGN §5)', () => {
  it('prefixes every event name', () => {
    expect(analyticsEventName('Ready')).toBe('[Qontak One] [Customer] Create Ticket Embed Ready')
  })

  it('Ready: ms since the frame started loading, as a string contact id', () => {
    expect(analyticsProps('Ready', context({ loadStartedAt: 1_000 }), 1_250)).toStrictEqual({ contact_id: '1001', ms: 250 })
  })

  it('Ready: never a negative ms (a clock that stepped back), and null when loading never started', () => {
    expect(analyticsProps('Ready', context({ loadStartedAt: 2_000 }), 1_000)).toStrictEqual({ contact_id: '1001', ms: 0 })
    expect(analyticsProps('Ready', context(), 1_000)).toStrictEqual({ contact_id: '1001', ms: null })
  })

  it('Ready: ms 0 when loading started at time 0 (not mistaken for "never")', () => {
    expect(analyticsProps('Ready', context({ loadStartedAt: 0 }), 40)).toStrictEqual({ contact_id: '1001', ms: 40 })
  })

  it('Error: the embed error code, or TIMEOUT', () => {
    expect(analyticsProps('Error', context({ error: { reason: 'embed', code: 'AUTH_REQUIRED' } }))).toStrictEqual({
      contact_id: '1001',
      error_code: 'AUTH_REQUIRED',
    })
    expect(analyticsProps('Error', context({ error: { reason: 'timeout' } }))).toStrictEqual({ contact_id: '1001', error_code: 'TIMEOUT' })
    expect(analyticsProps('Error', context())).toStrictEqual({ contact_id: '1001', error_code: 'TIMEOUT' })
  })

  it('Created: ticket and pipeline ids, null when absent', () => {
    expect(analyticsProps('Created', context({ ticket: TICKET }))).toStrictEqual({ contact_id: '1001', ticket_id: 'TCK-7', pipeline_id: 'pl-1' })
    expect(analyticsProps('Created', context({ ticket: { ...TICKET, pipelineId: null } }))).toStrictEqual({
      contact_id: '1001',
      ticket_id: 'TCK-7',
      pipeline_id: null,
    })
    expect(analyticsProps('Created', context())).toStrictEqual({ contact_id: '1001', ticket_id: null, pipeline_id: null })
  })

  it('Associate Failed: http-<status>, else the failure message, else unknown', () => {
    const failed = (associateFailure: TicketEmbedContext['associateFailure']) =>
      analyticsProps('Associate Failed', context({ ticket: TICKET, associateFailure }))
    expect(failed({ status: 503, message: 'HTTP 503' })).toStrictEqual({ contact_id: '1001', ticket_id: 'TCK-7', reason: 'http-503' })
    expect(failed({ message: 'attempt timed out' })).toStrictEqual({ contact_id: '1001', ticket_id: 'TCK-7', reason: 'attempt timed out' })
    expect(failed(null)).toStrictEqual({ contact_id: '1001', ticket_id: 'TCK-7', reason: 'unknown' })
  })

  it.each(['Opened', 'Timeout', 'Closed'] as const)('%s: the contact id only', (name) => {
    expect(analyticsProps(name, context({ ticket: TICKET, loadStartedAt: 1 }))).toStrictEqual({ contact_id: '1001' })
  })

  it('reads the clock when no time is given', () => {
    vi.useFakeTimers({ now: 5_000 })
    try {
      expect(analyticsProps('Ready', context({ loadStartedAt: 4_000 }))).toStrictEqual({ contact_id: '1001', ms: 1_000 })
    } finally {
      vi.useRealTimers()
    }
  })
})
