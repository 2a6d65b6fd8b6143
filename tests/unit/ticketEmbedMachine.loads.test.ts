/**
 * The statechart config is checked by XState when the module loads (initial states, targets). This
 * file imports nothing that imports the machine, so a config XState refuses fails this test
 * instead of leaving every other machine suite unable to load, with no test failing at all.
 */
describe('ticketEmbedMachine module', () => {
  it('loads, and its statechart has the id every #ticketEmbed target names', async () => {
    const { ticketEmbedMachine } = await import('../../machines/ticketEmbedMachine')
    expect(ticketEmbedMachine.id).toBe('ticketEmbed')
    expect(ticketEmbedMachine.root.initial.target.map((node) => node.path.join('.'))).toEqual(['hidden'])
  })
})
