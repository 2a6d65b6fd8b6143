/**
 * `npm start`: the whole demo in one process. Ports from `HOST_PORT`, `EMBED_PORT`, `API_PORT`,
 * `SPOOF_PORT` (defaults 5173–5176); `TRUSTED_HOST_ORIGINS` adds host origins the form and API trust. Ctrl-C (or SIGTERM) stops every server and exits 0.
 */
import { readDemoPorts, type DemoUrls } from './demoUrls'
import { EXPLORER_URL_PATH } from './server/explorerRoute'
import { PACKAGE_ROOT } from './server/viteConfigs'
import { startDemo } from './startDemo'
import { readTrustedHostOrigins } from './trustedHostOrigins'

function printUrls(urls: DemoUrls): void {
  console.log(
    [
      '',
      'ticket-embed demo is running:',
      '',
      `  Customer 360 (host page)   ${urls.host}`,
      `  CRM create-ticket embed    ${urls.embed}`,
      `  CRM API (stand-in)         ${urls.api}`,
      `  Spoof origin               ${urls.spoof}`,
      ...(urls.trustedHostOrigins?.length ? [`  Also trusted as hosts       ${urls.trustedHostOrigins.join(', ')}`] : []),
      `  Statechart explorer        ${urls.hostOrigin}${EXPLORER_URL_PATH}`,
      '',
      `Open ${urls.host} (the dev drawer is on the right). Ctrl-C stops everything.`,
      '',
    ].join('\n'),
  )
}

function fail(error: unknown): never {
  console.error(`The demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

// Vite and Panda resolve a few things from the working directory; `npx tsx demo/start.ts` may be
// run from anywhere.
process.chdir(PACKAGE_ROOT)
// `Promise.resolve().then`: a refused TRUSTED_HOST_ORIGINS ends start-up through `fail`, like any other error.
const starting = Promise.resolve().then(() =>
  startDemo({
    ...readDemoPorts(process.env),
    trustedHostOrigins: readTrustedHostOrigins(process.env),
    // Pages opened now get a short "starting" page that reloads itself until the demo is ready.
    onListening: (urls) => console.log(`Starting the demo at ${urls.host} …`),
  }),
)

// Listening before the servers are up: a Ctrl-C during start-up still closes whatever started.
let stopping = false
function stop(signal: NodeJS.Signals): void {
  // A second Ctrl-C while closing: the person wants out now.
  if (stopping) process.exit(1)
  stopping = true
  console.log(`\n${signal}: stopping the demo…`)
  starting.then((demo) => demo.close()).then(() => process.exit(0), fail)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

starting.then((demo) => {
  if (!stopping) printUrls(demo.urls)
}, fail)
