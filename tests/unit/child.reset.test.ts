import { createEmbedChild, type EmbedChildOptions } from '../../child'
import { parseEmbedMessage } from '../../protocol/parse'
import { buildEmbedInit } from '../../protocol/buildEmbedInit'

const HOST = 'https://app.example.com'
const FIRST = buildEmbedInit({ qontakCustomerId: 'CUST-1', contactName: 'Ani' })
const NEXT = buildEmbedInit({ qontakCustomerId: 'CUST-1', contactName: 'Ani Setiawati' })

/** A form window whose parent records every post, and a way to deliver the host's messages. */
function startChild(options: Partial<EmbedChildOptions> = {}) {
  const parent = { postMessage: vi.fn() }
  const win = Object.assign(new EventTarget(), { parent, document }) as unknown as Window
  const calls: string[] = []
  const child = createEmbedChild({
    allowedParentOrigins: [HOST],
    window: win,
    onInit: (init) => calls.push(`init ${init.contactName ?? ''}`),
    ...options,
  })
  const deliver = (data: unknown, origin = HOST) => win.dispatchEvent(new MessageEvent('message', { data, origin, source: parent as unknown as MessageEventSource }))
  return { parent, child, deliver, calls }
}

describe('createEmbedChild: a form reused for the next ticket', () => {
  it('RESET-1: with onReset, EMBED_READY says canReset: true, and the host\'s parser keeps it', () => {
    const { parent } = startChild({ onReset: () => {} })
    const [ready, origin] = parent.postMessage.mock.calls[0]!
    expect(ready).toEqual({ type: 'EMBED_READY', version: 1, canReset: true })
    expect(origin).toBe(HOST)
    expect(parseEmbedMessage(ready)).toEqual({ ok: true, message: { type: 'EMBED_READY', version: 1, canReset: true } })
  })

  it('RESET-2: without onReset, EMBED_READY is the plain v1 message a host never keeps', () => {
    const { parent } = startChild()
    expect(parent.postMessage.mock.calls[0]![0]).toEqual({ type: 'EMBED_READY', version: 1 })
  })

  it('RESET-3: the first EMBED_INIT fills the form; each later one empties it first (onReset, then onInit), and `inits` counts them', async () => {
    const onReset = vi.fn()
    const { child, deliver, calls } = startChild({ onReset: (init) => (onReset(init), calls.push(`reset ${init.contactName ?? ''}`)) })
    expect(child.inits).toBe(0)
    deliver(FIRST)
    expect(calls).toEqual(['init Ani'])
    expect(onReset).not.toHaveBeenCalled()
    deliver(NEXT)
    expect(calls).toEqual(['init Ani', 'reset Ani Setiawati', 'init Ani Setiawati'])
    expect(child.inits).toBe(2)
    expect(child.init?.contactName).toBe('Ani Setiawati')
    // `ready` is the first ticket's, for ever.
    await expect(child.ready).resolves.toMatchObject({ contactName: 'Ani' })
  })

  it('RESET-4: a second EMBED_INIT from another origin resets nothing', () => {
    const onReset = vi.fn()
    const { deliver, child } = startChild({ onReset })
    deliver(FIRST)
    deliver(NEXT, 'https://evil.example')
    expect(onReset).not.toHaveBeenCalled()
    expect(child.inits).toBe(1)
  })

  it('RESET-5: ticketCreated carries the subject as plain text; a subject with markup is left out, the ticket still sent', () => {
    const { child, deliver, parent } = startChild()
    deliver(FIRST)
    expect(child.ticketCreated({ ticketId: 'TCK-1', isAutoAssociated: true, subject: 'Printer on fire' })).toBe(true)
    expect(parent.postMessage.mock.calls.at(-1)).toEqual([
      { type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', isAutoAssociated: true, subject: 'Printer on fire' },
      HOST,
    ])
    expect(child.ticketCreated({ ticketId: 'TCK-2', subject: '<img src=x onerror=alert(1)>' })).toBe(true)
    expect(parent.postMessage.mock.calls.at(-1)).toEqual([{ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-2' }, HOST])
  })
})

describe('the v1 contract with the new optional fields', () => {
  it('drops an EMBED_READY whose canReset is not a boolean', () => {
    expect(parseEmbedMessage({ type: 'EMBED_READY', version: 1, canReset: 'yes' })).toEqual({ ok: false, reason: 'bad-field:canReset' })
  })

  it.each([
    { name: 'a number', subject: 42 },
    { name: 'over 256 characters', subject: 'x'.repeat(257) },
    { name: 'a control character', subject: 'a\u0000b' },
    { name: 'markup', subject: '<img src=x onerror=alert(1)>' },
  ])('keeps a TICKET_CREATED whose subject is $name, without the subject: the ticket is never lost over it', ({ subject }) => {
    expect(parseEmbedMessage({ type: 'TICKET_CREATED', version: 1, ticketId: 'T-1', subject })).toEqual({
      ok: true,
      message: { type: 'TICKET_CREATED', version: 1, ticketId: 'T-1' },
    })
  })

  it('keeps messages without them exactly as before (v1 embeds)', () => {
    expect(parseEmbedMessage({ type: 'EMBED_READY', version: 1 })).toEqual({ ok: true, message: { type: 'EMBED_READY', version: 1 } })
    expect(parseEmbedMessage({ type: 'TICKET_CREATED', version: 1, ticketId: 'T-1' })).toEqual({
      ok: true,
      message: { type: 'TICKET_CREATED', version: 1, ticketId: 'T-1' },
    })
  })
})
