import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { addDtsExtensions } from './addDtsExtensions'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * pixel3 generates its CSS by reading the host's source files for component props
 * (`<MpText size="h3">`); compiled render functions in `dist/*.js` say nothing it can read. So
 * the components' templates ship as they are, for the host's `@mekari/pixel3-postcss` `include`.
 */
async function copyPixel3Templates(): Promise<number> {
  const target = `${ROOT}dist/pixel3-templates`
  await mkdir(target, { recursive: true })
  const templates = (await readdir(`${ROOT}components`)).filter((name) => name.endsWith('.vue'))
  for (const name of templates) await copyFile(`${ROOT}components/${name}`, `${target}/${name}`)
  return templates.length
}

/** The steps after `vite build` and the declaration emit: `npm run build` runs it last. */
async function main() {
  const declarations = await addDtsExtensions(`${ROOT}dist/types`)
  const templates = await copyPixel3Templates()
  console.log(`dist: explicit .js specifiers in ${declarations} declaration files; ${templates} pixel3 templates in dist/pixel3-templates/`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
