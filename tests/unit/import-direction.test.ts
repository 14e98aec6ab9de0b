/**
 * Imports point one way: components/composables → lib → data.
 *   - lib/ is plain TypeScript that tests run in Node: it may import data/, other lib/ files and
 *     packages such as d3, but not Vue (vue, @vue/*, @vueuse/*), Slidev (@slidev/*), or anything
 *     in components/ or composables/.
 *   - data/ is the registry and the chart inputs: it may import only from data/ (types included),
 *     never lib/, components/, composables/ or any other folder, nor Vue or Slidev.
 *   - No source (components, composables, lib, data, setup, scripts) imports from tests/.
 * `.vue` files count by their <script> blocks. `import type` counts: a type import still ties the two folders together. Every import form
 * counts (import, import type, export … from, import(), require), found by TypeScript's own
 * pre-parser, so comments and strings are never mistaken for imports. Test files count too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const SOURCE = /\.(?:[cm]?ts|[cm]?js|vue)$/
/** The folders that ship or build the deck: none of them may lean on tests/. */
const SOURCE_AREAS = ['components', 'composables', 'lib', 'data', 'setup', 'scripts']

interface Import {
  /** Repo-relative file and 1-based line: "lib/x.ts:3". */
  at: string
  specifier: string
  typeOnly: boolean
}

/** A .vue file's <script> blocks with every other line blanked, so line numbers still hold. */
function scriptsOf(text: string): string {
  const kept = text.replace(/<script\b[^>]*>([\s\S]*?)<\/script>|[^\n]+/g, (all, body: string | undefined) =>
    body === undefined ? '' : all.replace(/^<script\b[^>]*>/, m => ' '.repeat(m.length)).replace(/<\/script>$/, ''))
  return kept
}

/** Every import specifier in a source text, with its line. */
function importsIn(file: string, source: string): Import[] {
  const text = file.endsWith('.vue') ? scriptsOf(source) : source
  const lines = text.split('\n')
  return ts.preProcessFile(text, true, true).importedFiles.map((ref) => {
    const line = text.slice(0, ref.pos).split('\n').length
    return {
      at: `${file}:${line}`,
      specifier: ref.fileName,
      typeOnly: /^\s*(?:import|export)\s+type\b/.test(lines[line - 1] ?? ''),
    }
  })
}

/** The repo folder a relative (or ~/, @/ root-aliased) specifier lands in, or null for a package. */
function targetFolder(file: string, specifier: string): string | null {
  let target: string
  if (specifier.startsWith('.'))
    target = relative(ROOT, resolve(ROOT, dirname(file), specifier))
  else if (/^[~@]\//.test(specifier))
    target = specifier.slice(2)
  else
    return null
  return target.split(sep)[0] === '..' ? '(outside the repository)' : target.split(sep)[0]!
}

const VUE_OR_SLIDEV = /^(?:vue(?:\/|$)|@vue\/|@vueuse\/|@slidev\/)/

/** Why this import breaks the direction, or null. `file` is repo-relative. */
function violation(file: string, specifier: string): string | null {
  const area = file.split('/')[0]!
  const folder = targetFolder(file, specifier)
  if (SOURCE_AREAS.includes(area) && folder === 'tests')
    return `${area}/ is the deck: it may not import from tests/`
  if (area === 'lib') {
    if (folder === null)
      return VUE_OR_SLIDEV.test(specifier) ? 'lib/ is plain TypeScript: no Vue or Slidev' : null
    return ['components', 'composables'].includes(folder) ? `lib/ may not import from ${folder}/` : null
  }
  if (area === 'data') {
    if (folder === null)
      return VUE_OR_SLIDEV.test(specifier) ? 'data/ is plain data: no Vue or Slidev' : null
    return folder === 'data' ? null : `data/ may import only from data/, not ${folder}${folder.startsWith('(') ? '' : '/'}`
  }
  return null
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`
    if (d.isDirectory())
      return d.name === 'node_modules' ? [] : sourceFiles(path)
    return SOURCE.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : []
  })
}

/** "file:line: import … 'specifier' (reason)" for every import in `files` that breaks the direction. */
function offenders(files: string[], read: (file: string) => string): string[] {
  return files.flatMap(file => importsIn(file, read(file)).flatMap((imp) => {
    const why = violation(file, imp.specifier)
    return why ? [`${imp.at}: ${imp.typeOnly ? 'import type' : 'import'} '${imp.specifier}' (${why})`] : []
  }))
}

describe('the rule itself (synthetic files)', () => {
  const cases: Record<string, string> = {
    'lib/ok.ts': `import { scaleLinear } from 'd3-scale'\nimport type { Fact } from '../data/types'\nimport { clampStep } from './steps'\n// import { ref } from 'vue'\nconst s = "import { x } from '../components/X.vue'"\n`,
    'lib/bad.ts': `import { computed } from 'vue'\nimport type { Ref } from '@vue/reactivity'\nimport { useNav } from '@slidev/client'\nexport { useDark } from '@vueuse/core'\nimport X from '../components/charts/X.vue'\nconst m = await import('../composables/useTween')\n`,
    'lib/charts/deep.ts': `import type { A } from '../../composables/useChart'\nimport { b } from '../../data/series/b'\n`,
    'data/ok.ts': `import type { Fact } from './types'\nexport { facts } from './facts/index'\n`,
    'components/Ok.vue': `<template><p>import x from '../tests/t'</p></template>\n<script setup lang="ts">\nimport { computed } from 'vue'\nimport { f } from '../lib/f'\n</script>\n`,
    'components/charts/Bad.vue': `<template>\n  <svg />\n</template>\n\n<script setup lang="ts">\nimport { computed } from 'vue'\nimport { stub } from '../../tests/mocks/slidev-client'\n</script>\n`,
    'composables/bad.ts': `import type { X } from '../tests/tooling/slides-text'\n`,
    'setup/bad.ts': `import { y } from '~/tests/fixtures/y'\n`,
    'scripts/bad.mjs': `import { z } from '../tests/browser/deck.ts'\n`,
    'lib/tests-bad.ts': `export { w } from '../tests/unit/w'\n`,
    'data/series/bad.ts': `import type { ChartSpec } from '../../lib/chart'\nimport { y } from '../../components/Y.vue'\nimport { z } from '../../composables/z'\nimport { w } from '~/lib/w'\nimport v from 'vue'\n`,
  }
  const found = offenders(Object.keys(cases), f => cases[f]!)

  it('accepts packages, data/ and lib/ imports in lib/, and data/ imports in data/, ignoring comments and strings', () => {
    expect(found.filter(o => o.startsWith('lib/ok.ts') || o.startsWith('data/ok.ts'))).toEqual([])
  })

  it('reads .vue files by their script blocks only, keeping line numbers', () => {
    expect(found.filter(o => o.startsWith('components/Ok.vue'))).toEqual([])
    expect(found.filter(o => o.startsWith('components/charts/Bad.vue'))).toEqual([
      `components/charts/Bad.vue:7: import '../../tests/mocks/slidev-client' (components/ is the deck: it may not import from tests/)`,
    ])
  })

  it('reports any import of tests/ from the deck\'s sources', () => {
    expect(found.filter(o => /^(?:composables|setup|scripts|lib\/tests-bad)/.test(o))).toEqual([
      `composables/bad.ts:1: import type '../tests/tooling/slides-text' (composables/ is the deck: it may not import from tests/)`,
      `setup/bad.ts:1: import '~/tests/fixtures/y' (setup/ is the deck: it may not import from tests/)`,
      `scripts/bad.mjs:1: import '../tests/browser/deck.ts' (scripts/ is the deck: it may not import from tests/)`,
      `lib/tests-bad.ts:1: import '../tests/unit/w' (lib/ is the deck: it may not import from tests/)`,
    ])
  })

  it('reports each wrong import in lib/ with its file and line', () => {
    expect(found.filter(o => o.startsWith('lib/') && !o.startsWith('lib/tests-bad'))).toEqual([
      `lib/bad.ts:1: import 'vue' (lib/ is plain TypeScript: no Vue or Slidev)`,
      `lib/bad.ts:2: import type '@vue/reactivity' (lib/ is plain TypeScript: no Vue or Slidev)`,
      `lib/bad.ts:3: import '@slidev/client' (lib/ is plain TypeScript: no Vue or Slidev)`,
      `lib/bad.ts:4: import '@vueuse/core' (lib/ is plain TypeScript: no Vue or Slidev)`,
      `lib/bad.ts:5: import '../components/charts/X.vue' (lib/ may not import from components/)`,
      `lib/bad.ts:6: import '../composables/useTween' (lib/ may not import from composables/)`,
      `lib/charts/deep.ts:1: import type '../../composables/useChart' (lib/ may not import from composables/)`,
    ])
  })

  it('reports each import in data/ from outside data/, types included', () => {
    expect(found.filter(o => o.startsWith('data/'))).toEqual([
      `data/series/bad.ts:1: import type '../../lib/chart' (data/ may import only from data/, not lib/)`,
      `data/series/bad.ts:2: import '../../components/Y.vue' (data/ may import only from data/, not components/)`,
      `data/series/bad.ts:3: import '../../composables/z' (data/ may import only from data/, not composables/)`,
      `data/series/bad.ts:4: import '~/lib/w' (data/ may import only from data/, not lib/)`,
      `data/series/bad.ts:5: import 'vue' (data/ is plain data: no Vue or Slidev)`,
    ])
  })
})

describe('imports in this repository point one way', () => {
  const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

  it('finds the files it checks', () => {
    expect(sourceFiles('lib').length).toBeGreaterThan(5)
    expect(sourceFiles('data').length).toBeGreaterThan(5)
  })

  it('lib/ imports no Vue, Slidev, components/ or composables/', () => {
    expect(offenders(sourceFiles('lib'), read), 'file:line: the import (why)').toEqual([])
  })

  it('data/ imports only from data/', () => {
    expect(offenders(sourceFiles('data'), read), 'file:line: the import (why)').toEqual([])
  })

  it('no component, composable, setup file or script imports from tests/', () => {
    const files = ['components', 'composables', 'setup', 'scripts'].flatMap(sourceFiles)
    expect(files.filter(f => f.endsWith('.vue')).length, '.vue files scanned').toBeGreaterThan(10)
    expect(offenders(files, read), 'file:line: the import (why)').toEqual([])
  })
})
