// @vitest-environment node
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { DemoUrls } from '../../demo/demoUrls'
import { STARTING_RETRY_SECONDS } from '../../demo/server/startingGate'
import { startDemo } from '../../demo/startDemo'

/** The "starting" answer is immediate: far shorter than the 60 s an unanswered request used to hang. */
const STARTING_ANSWER_WITHIN_MS = 10_000
/** A guard, not a measure: on a machine running the browser suites beside, Vite took over 60 s for the first page. */
const PAGE_ANSWER_WITHIN_MS = 150_000

interface Answer {
  status: number
  retryAfter: string | null
  body: string
}

/**
 * One request on a connection of its own. `fetch` would reuse a connection of the "starting"
 * answers once the demo is ready; the server drops an idle one after its keep-alive time, and
 * with start-up blocking this process's event loop for seconds, a request could go out on a
 * connection the server had just closed (ECONNRESET): a client's race, not the demo's answer.
 */
function get(url: string, method = 'GET', within = STARTING_ANSWER_WITHIN_MS): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, agent: false, signal: AbortSignal.timeout(within) }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        const retryAfter = response.headers['retry-after']
        resolve({ status: response.statusCode ?? 0, retryAfter: retryAfter ?? null, body })
      })
      response.on('error', reject)
    })
    sent.on('error', reject)
    sent.end()
  })
}

/** Three Vite servers start and transform their first page: seconds, more on a busy machine. */
const START_TIMEOUT_MS = 300_000

/** Every page server of the demo: host, embed form, forged-message page. */
const pageUrls = (urls: DemoUrls) => [urls.host, urls.embed, urls.spoof]

describe('npm start (startDemo)', () => {
  it('answers a request made while it starts with a "starting" page that reloads itself, then serves the pages', async () => {
    const duringStartUp: { url: string; status: number; retryAfter: string | null; body: string }[] = []
    let headStatus = 0
    const demo = await startDemo({
      hostPort: 0,
      embedPort: 0,
      apiPort: 0,
      spoofPort: 0,
      watch: false,
      // Every server listens, no Vite is attached yet: start-up waits for these requests.
      onListening: async (urls) => {
        for (const url of pageUrls(urls)) {
          duringStartUp.push({ url, ...(await get(url)) })
        }
        headStatus = (await get(urls.host, 'HEAD')).status
      },
    })
    try {
      expect(duringStartUp.map(({ status, retryAfter }) => ({ status, retryAfter }))).toEqual(
        pageUrls(demo.urls).map(() => ({ status: 503, retryAfter: String(STARTING_RETRY_SECONDS) })),
      )
      for (const { body } of duringStartUp) {
        expect(body).toContain(`<meta http-equiv="refresh" content="${STARTING_RETRY_SECONDS}">`)
        expect(body).toContain('starting')
      }
      expect(headStatus).toBe(503)

      // Ready: the same URLs now get the real pages.
      for (const url of pageUrls(demo.urls)) {
        const response = await get(url, 'GET', PAGE_ANSWER_WITHIN_MS)
        expect(response.status, url).toBe(200)
        expect(response.body, url).not.toContain('http-equiv="refresh"')
      }
    } finally {
      await demo.close()
    }
  }, START_TIMEOUT_MS)
})
