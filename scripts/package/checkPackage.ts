/**
 * `npm run check:package [-- <tarball>]`: checks the package as the registry would hold it. Packs
 * it (`prepack` builds) unless a tarball is given, then: publint; @arethetypeswrong/cli under the
 * ESM-only profile (node16 from ESM, and bundler); and the entries' own rules — the root entry
 * headless, the child entry one file, LICENSE and the pixel3 templates shipped.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../hostApp/hostAppPaths'
import { run } from '../hostApp/run'
import { distGraph, distProblems } from './inspectDist'

async function packToTemp(dir: string): Promise<string> {
  await run('npm', ['pack', '--pack-destination', dir], { cwd: REPO_ROOT })
  const [tarball] = (await readdir(dir)).filter((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack wrote no tarball')
  return join(dir, tarball)
}

async function main(argv: string[]) {
  const work = await mkdtemp(join(tmpdir(), 'ticket-embed-check-'))
  try {
    const tarball = argv[0] ?? (await packToTemp(work))
    await run('npx', ['publint', 'run', tarball, '--strict'], { cwd: REPO_ROOT })
    await run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color'], { cwd: REPO_ROOT })

    await run('tar', ['-xzf', tarball, '-C', work], { cwd: REPO_ROOT })
    const unpacked = join(work, 'package')
    for (const entry of ['dist/index.js', 'dist/pixel3.js', 'dist/child.js']) {
      const graph = distGraph(unpacked, entry)
      console.log(`${entry}: loads ${graph.files.join(', ')}; imports ${graph.packages.join(', ') || 'no package'}`)
    }
    const problems = distProblems(unpacked)
    if (problems.length > 0) throw new Error(`the package's entries are wrong:\n- ${problems.join('\n- ')}`)
    console.log('entries: ticket-embed is headless, ticket-embed/child is one file, LICENSE and pixel3 templates shipped')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
