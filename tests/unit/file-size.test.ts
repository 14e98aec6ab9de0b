/**
 * Small files, one idea each: every git-tracked source file (.ts .vue .mjs .js .mts .css) outside
 * data/ (the registry and chart rows) and tests/ has at most MAX_LINES lines. Test files
 * (*.test.ts) and setup/stubs/ (stand-ins for Slidev features the deck does not use) don't count.
 * A file over the limit is split by idea (its pure logic into lib/ or a composable, a
 * sub-component, a block of CSS), not by line count.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const MAX_LINES = 150

/** Whether the size rule covers a repository path. */
function isCounted(path: string): boolean {
  return /\.(?:ts|vue|mjs|js|mts|css)$/.test(path)
    && !/\.test\.ts$/.test(path)
    && !/^(?:data|tests)\//.test(path)
    && !path.startsWith('setup/stubs/')
}

function lineCount(path: string): number {
  const text = readFileSync(resolve(ROOT, path), 'utf8')
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)
const counted = tracked.filter(isCounted)
const sizes = new Map(counted.map(path => [path, lineCount(path)]))

describe('source files stay small', () => {
  it.each([
    ['components/Fact.vue', true],
    ['lib/timeline/layout.ts', true],
    ['scripts/pdf-outline.d.mts', true],
    ['styles/deck.css', true],
    ['eslint.config.js', true],
    ['lib/sources.test.ts', false],
    ['data/sources.ts', false],
    ['tests/tooling/slides-text.ts', false],
    ['setup/stubs/empty.css', false],
    ['pages/01-sputnik.md', false],
  ])('%s is counted: %s', (path, expected) => {
    expect(isCounted(path)).toBe(expected)
  })

  it('reads the tracked sources', () => {
    expect(counted.length).toBeGreaterThan(100)
    expect(counted).toContain('components/Fact.vue')
  })

  it(`has no file over ${MAX_LINES} lines`, () => {
    const over = [...sizes].filter(([, n]) => n > MAX_LINES).map(([path, n]) => `${path}: ${n} lines`)
    expect(over, `split these by idea to at most ${MAX_LINES} lines each`).toEqual([])
  })
})
