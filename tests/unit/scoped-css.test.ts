/**
 * Vue's scoped CSS keeps only what is inside `:global(…)`: `:global(html.print) .toggle-group`
 * compiles to `html.print`, which hid the whole page in print. A selector must put all of itself
 * inside `:global(…)` (`:global(html.print .toggle-group)`), or none of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? vueFiles(path) : name.endsWith('.vue') ? [path] : []
  })
}

/** Selectors in scoped <style> blocks where something follows `:global(…)`. */
export function truncatedGlobals(source: string): string[] {
  const styles = [...source.matchAll(/<style\b[^>]*\bscoped\b[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1].replace(/\/\*[\s\S]*?\*\//g, ''))
  return styles.flatMap(css => [...css.matchAll(/([^{}]*):global\(([^()]*(?:\([^()]*\))?[^()]*)\)([^{},]*)[{,]/g)]
    .filter(m => m[3].trim() !== '')
    .map(m => `${m[1].trim()} :global(${m[2]})${m[3]}`.trim()))
}

describe('scoped styles and :global()', () => {
  it.each([
    ['<style scoped>\n:global(html.print) .x { display: none }\n</style>', 1],
    ['<style scoped>\n:global(html.print .x) { display: none }\n.y { color: red }\n</style>', 0],
    ['<style>\n:global(html.print) .x { display: none }\n</style>', 0],
  ])('%j has %i truncated selector(s)', (source, n) => {
    expect(truncatedGlobals(source)).toHaveLength(n)
  })

  it('no component puts part of a selector after :global(…)', () => {
    const found = vueFiles(resolve(ROOT, 'components')).flatMap(file =>
      truncatedGlobals(readFileSync(file, 'utf8')).map(sel => `${relative(ROOT, file)}: ${sel}`))
    expect(found, 'Vue keeps only the :global(…) part: put the whole selector inside it').toEqual([])
  })
})
