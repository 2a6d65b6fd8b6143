// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hostContentSecurityPolicy } from '../host-app/support/contentSecurityPolicy'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const README = readFileSync(`${ROOT}README.md`, 'utf8')
const PACKAGE = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { repository: { url: string } }

/** Fenced blocks of the README: language and text. */
const blocks = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1]!, text: match[2]! }))

// The file a block names in its first line: `// src/main.ts`, `<!-- src/App.vue -->`, `/* src/styles.css */`.
const HEADER = /^(?:\/\/ (\S+)|<!-- (\S+) -->|\/\* (\S+) \*\/)\n/

describe('README (the host section works as written)', () => {
  const code = blocks.filter((block) => ['ts', 'vue', 'js', 'css'].includes(block.language))

  it('has the host setup as code blocks', () => {
    expect(code.length).toBeGreaterThanOrEqual(8)
  })

  it.each(code.map((block) => [block.text.split('\n')[0], block] as const))(
    '%s is a file of examples/host-app, word for word (that app is type-checked, built and run from the tarball)',
    (_, block) => {
      const header = HEADER.exec(block.text)
      expect(header, 'the block names its file in its first line').not.toBeNull()
      const path = header![1] ?? header![2] ?? header![3]
      expect(block.text.slice(header![0].length)).toBe(readFileSync(`${ROOT}examples/host-app/${path}`, 'utf8'))
    },
  )

  it('gives the Content-Security-Policy the consumer app is served with', () => {
    const policy = blocks.find((block) => block.language === 'http')
    expect(policy?.text).toBe(`Content-Security-Policy: ${hostContentSecurityPolicy('https://crm.example.com', 'https://api.crm.example.com')}\n`)
  })

  it('links and images work on the registry page: absolute, into the repository package.json names', () => {
    const repository = PACKAGE.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
    const raw = repository.replace('https://github.com/', 'https://raw.githubusercontent.com/')
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!)
    expect(targets.length).toBeGreaterThan(5)
    for (const target of targets) {
      expect(target.startsWith(`${repository}/`) || target.startsWith(`${raw}/`), target).toBe(true)
    }
  })
})

describe('SECURITY.md', () => {
  it('gives the same Content-Security-Policy as the README', () => {
    const security = readFileSync(`${ROOT}SECURITY.md`, 'utf8')
    expect(security).toContain(`Content-Security-Policy: ${hostContentSecurityPolicy('https://crm.example.com', 'https://api.crm.example.com')}\n`)
  })
})
