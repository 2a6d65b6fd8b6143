import { spawn } from 'node:child_process'
import { HOST_APP_DIR } from '../../../scripts/hostApp/hostAppPaths'

/**
 * Builds examples/host-app with its own Vite (installed from its own package.json) for a CRM on
 * these URLs, into `outDir`. The tarball must be installed already (`npm run test:host-app` does it).
 */
export function buildHostApp(env: { embedUrl: string; apiUrl: string; outDir: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: HOST_APP_DIR,
      stdio: 'inherit',
      env: { ...process.env, VITE_CRM_EMBED_URL: env.embedUrl, VITE_CRM_API_URL: env.apiUrl, HOST_APP_OUT_DIR: env.outDir },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of examples/host-app failed (exit ${code})`))))
  })
}
