/**
 * `npm run test:host-app`: builds and packs the package, installs the tarball into
 * `examples/host-app`, type-checks the app under `bundler` and `node16`, checks the tarball with
 * publint and @arethetypeswrong/cli, then drives the built app in Chromium (tests/host-app/).
 */
import { HOST_APP_DIR, HOST_APP_TARBALL, REPO_ROOT } from './hostAppPaths'
import { installHostApp } from './installHostApp'
import { run } from './run'

async function main() {
  await installHostApp()
  await run('npm', ['run', 'typecheck'], { cwd: HOST_APP_DIR })
  await run('npx', ['tsx', 'scripts/package/checkPackage.ts', HOST_APP_TARBALL], { cwd: REPO_ROOT })
  await run('npx', ['vitest', 'run', '--config', 'vitest.host-app.config.ts'], { cwd: REPO_ROOT })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
