import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { HOST_APP_DIR, HOST_APP_TARBALL, REPO_ROOT } from './hostAppPaths'
import { run } from './run'

/**
 * Packs the package as it would be published (`npm pack` runs `prepack`, which builds) and installs
 * that tarball into `examples/host-app` with the app's other dependencies: the app sees exactly
 * what a registry install gives, never the sources.
 */
export async function installHostApp(): Promise<void> {
  const vendor = `${HOST_APP_DIR}/vendor`
  await rm(vendor, { recursive: true, force: true })
  await mkdir(vendor, { recursive: true })
  await run('npm', ['pack', '--pack-destination', vendor], { cwd: REPO_ROOT })
  const [packed] = (await readdir(vendor)).filter((name) => name.endsWith('.tgz'))
  if (!packed) throw new Error(`npm pack wrote no tarball into ${vendor}`)
  await rename(`${vendor}/${packed}`, HOST_APP_TARBALL)
  // A fresh copy of the tarball every run: an earlier install of the same version must not win.
  await rm(`${HOST_APP_DIR}/node_modules/ticket-embed`, { recursive: true, force: true })
  // No lockfile: the tarball's hash changes with every build. Direct dependencies are pinned exactly.
  await run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: HOST_APP_DIR })
}
