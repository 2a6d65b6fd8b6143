// @vitest-environment node
import { effectScope } from 'vue'
import { useTicketEmbed } from '../../composables/useTicketEmbed'
import { CUSTOMER, EMBED_URL } from '../support/machineHarness'

/**
 * Server-side rendering (Nuxt): there is no `window` and no `sessionStorage`. The composable must
 * set up and answer without touching either, and listen nowhere.
 */
describe('useTicketEmbed without a window (SSR)', () => {
  it('sets up, opens and closes without a window, listening nowhere and keeping links in memory', () => {
    expect(typeof window).toBe('undefined')
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
    expect(embed.available.value).toBe(true)
    expect(() => embed.open()).not.toThrow()
    expect(embed.state.value).toBe('loading')
    expect(() => embed.close()).not.toThrow()
    expect(embed.state.value).toBe('hidden')
    expect(() => scope.stop()).not.toThrow()
  })
})
