// The bench's pure helpers: scripts/bench-budgets.mjs (figures, budgets, formats), scripts/bench-sizes.mjs (bytes)
// and scripts/bench-attribution.mjs (JS bytes by source, through source maps).
import type { Side } from '../../scripts/bench-budgets.mjs'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { SourceMapGenerator } from 'source-map-js'
import { describe, expect, it } from 'vitest'
import { bytesBySource, chartJsAdded, chunkSources, groupDeltas, groupSizes, NO_MAP, sourceGroup, sourcePath, UNMAPPED } from '../../scripts/bench-attribution.mjs'
import { BUDGETS, checkBudgets, fmtBytes, lighthouseFigures, markdownTable, median, ratio, readingBudgets } from '../../scripts/bench-budgets.mjs'
import { bareSlidesMd, firstLoadAssets, jsBytesBefore, sizes } from '../../scripts/bench-sizes.mjs'

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 10, 10, 1000], 10],
  ])('of %j is %f', (xs, expected) => {
    expect(median(xs)).toBe(expected)
  })

  it.each([
    ['an empty list', [], 'non-empty'],
    ['NaN', [1, Number.NaN], 'NaN'],
    ['a string', [1, '2'], '"2"'],
  ])('rejects %s with a TypeError naming it', (_label, xs, named) => {
    expect(() => median(xs as number[])).toThrow(TypeError)
    expect(() => median(xs as number[])).toThrow(named)
  })
})

describe('ratio', () => {
  it.each([
    [130, 100, 1.3],
    [0, 100, 0],
  ])('%f / %f = %f', (a, b, r) => {
    expect(ratio(a, b)).toBeCloseTo(r)
  })
  it.each([[1, 0], [Number.NaN, 1], [1, Number.NaN]])('is NaN for %f / %f', (a, b) => {
    expect(ratio(a, b)).toBeNaN()
  })
})

describe('sizes', () => {
  it('gzips repetitive text far below its raw size', () => {
    const s = sizes('abc'.repeat(1000))
    expect(s.raw).toBe(3000)
    expect(s.gz).toBeLessThan(100)
  })
})

describe('firstLoadAssets', () => {
  const html = `<!DOCTYPE html><html><head>
  <script type="module" crossorigin src="/deck/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/deck/assets/modules/vue-B.js">
  <link rel="modulepreload" href="/deck/assets/modules/vue-B.js">
  <link rel="stylesheet" crossorigin href="/deck/assets/index-C.css">
  <link rel="icon" href="./favicon.svg">
  <script src="https://example.com/x.js"></script>
  <script>inline()</script>
  </head></html>`

  it('lists the module entry and modulepreloads once each, base stripped', () => {
    expect(firstLoadAssets(html, '/deck/')).toEqual({
      js: ['assets/index-A.js', 'assets/modules/vue-B.js'],
      css: ['assets/index-C.css'],
    })
  })

  it('finds nothing in a page without assets', () => {
    expect(firstLoadAssets('<html></html>')).toEqual({ js: [], css: [] })
  })
})

describe('bareSlidesMd', () => {
  it.each([1, 3, 46])('writes a deck Slidev parses as %i slides, hash router, no fonts provider', (count) => {
    const parsed = parseSync(bareSlidesMd(count), 'slides.md')
    expect(parsed.slides).toHaveLength(count)
    expect(parsed.slides[0].frontmatter).toMatchObject({ theme: 'default', routerMode: 'hash', fonts: { provider: 'none' } })
    expect(parsed.slides.at(-1)?.content).toContain(`# Slide ${count}`)
  })

  it.each([0, -1, 2.5, Number.NaN])('rejects a slide count of %f', (count) => {
    expect(() => bareSlidesMd(count)).toThrow(TypeError)
  })
})

describe('checkBudgets', () => {
  const kb = (n: number) => n * 1024
  // The charts' budget reads the two chart groups only: Vue's growth does not count.
  const bare: Side = { jsGroups: { 'Vue + Vue Router': kb(68), 'charts': kb(1) }, firstLoadJs: { raw: 0, gz: kb(100) }, fcpMs: 100 }
  const charts = (extra: number) => ({ 'Vue + Vue Router': kb(90), 'charts': kb(61) + extra, 'charts: d3 modules': kb(20) })

  // At the limits read from BUDGETS (bare: 100 KB first-load JS, 100 ms first paint).
  const firstLoadLimit = Math.floor(kb(100) * BUDGETS.firstLoadJsRatio)
  const fcpLimit = Math.floor(100 * BUDGETS.fcpRatio)

  it('meets every budget at the limits', () => {
    const ours: Side = { jsGroups: charts(0), firstLoadJs: { raw: 0, gz: firstLoadLimit }, fcpMs: fcpLimit, longTaskCount: 0, longTaskMaxMs: 0, pdfS: 59.9 }
    expect(checkBudgets({ ours, bare }).map(b => b.status)).toEqual(['met', 'met', 'met', 'met', 'met'])
  })

  it('misses each budget just past its limit', () => {
    const ours: Side = { jsGroups: charts(1), firstLoadJs: { raw: 0, gz: firstLoadLimit + 1 }, fcpMs: fcpLimit + 1, longTaskCount: 1, longTaskMaxMs: 51, pdfS: 60 }
    expect(checkBudgets({ ours, bare }).map(b => b.status)).toEqual(['MISSED', 'MISSED', 'MISSED', 'MISSED', 'MISSED'])
  })

  it('says "not measured" for a figure that is missing', () => {
    const verdicts = checkBudgets({ ours: { firstLoadJs: { raw: 0, gz: kb(100) }, fcpMs: 100 }, bare })
    expect(verdicts.find(v => v.budget.includes('PDF'))?.status).toBe('not measured')
    // No source maps (a failed build): the charts' row says so, never NaN.
    expect(verdicts.find(v => v.budget.includes('charts'))).toMatchObject({ actual: 'not measured (no source maps)', status: 'not measured' })
  })
})

describe('markdownTable and fmtBytes', () => {
  it('escapes pipes and draws the rule under the header', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 1]])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 1 |')
  })
  it.each([[512, '512 B'], [511.6, '512 B'], [1536, '1.5 KB'], [-2048, '-2.0 KB'], [Number.NaN, 'n/a']])('fmtBytes(%f) is %s', (n, s) => {
    expect(fmtBytes(n)).toBe(s)
  })
})

describe('bytesBySource', () => {
  // Line 1: 7 bytes before the first mapping, then a.ts and b.ts (its line break included);
  // line 2: c.ts over `c="é€";` (7 UTF-16 columns, 10 UTF-8 bytes), then a mapping with no
  // source; line 3: no mapping at all.
  const code = 'IMPORT;aaaa;bbbb\nc="é€";dd\ntail'
  const map = new SourceMapGenerator({ file: 'chunk.js' })
  const at = (line: number, column: number, source?: string) => map.addMapping(source
    ? { generated: { line, column }, source, original: { line: 1, column: 0 } }
    : { generated: { line, column } })
  at(2, 7) // added out of order: the map sorts them
  at(1, 12, 'b.ts')
  at(1, 7, 'a.ts')
  at(2, 0, 'c.ts')

  it('gives each mapping the UTF-8 bytes up to the next mapping on its line', () => {
    expect(bytesBySource(code, map.toJSON())).toEqual({ [UNMAPPED]: 7 + 3 + 4, 'a.ts': 5, 'b.ts': 5, 'c.ts': 10 })
  })

  it('reads a map as JSON text too, and accounts for every byte', () => {
    const bytes = bytesBySource(code, map.toString())
    expect(Object.values(bytes).reduce((a, b) => a + b)).toBe(Buffer.byteLength(code))
  })

  it('sums sources that name one path (chunkSources)', () => {
    const g = new SourceMapGenerator()
    g.addMapping({ generated: { line: 1, column: 0 }, source: '../x/node_modules/vue/a.js', original: { line: 1, column: 0 } })
    g.addMapping({ generated: { line: 1, column: 3 }, source: '../y/node_modules/vue/a.js', original: { line: 1, column: 0 } })
    expect(chunkSources('abcdef', g.toJSON(), '/d/assets/c.js', '/d')).toEqual({ 'node_modules/vue/a.js': 6 })
  })
})

describe('sourcePath', () => {
  // Vite writes sources relative to the chunk; virtual modules as if they sat at the file system's root.
  const chunk = '/tmp/w/ours-dist/assets/modules/vue-X.js'
  const up = '../../../../../'
  it.each([
    [`${up}work/main/node_modules/@vue/shared/dist/shared.esm-bundler.js`, '/work/main', 'node_modules/@vue/shared/dist/shared.esm-bundler.js'],
    [`${up}work/main/components/charts/TimelineChart.vue`, '/work/main', 'components/charts/TimelineChart.vue'],
    [`${up}@slidev/title-renderer.md`, '/work/main', '/@slidev/title-renderer.md'],
    // The bare deck's node_modules links to ours: its packages are still named by package.
    [`${up}work/main/node_modules/d3-scale/dist/d3-scale.mjs`, '/tmp/w/bare', 'node_modules/d3-scale/dist/d3-scale.mjs'],
    [`${up}work/main/node_modules/a/node_modules/yaml/dist/index.js`, '/work/main', 'node_modules/yaml/dist/index.js'],
    [`${up}work/main2/lib/x.ts`, '/work/main', '/work/main2/lib/x.ts'],
    [UNMAPPED, '/work/main', UNMAPPED],
  ])('%s under root %s is %s', (source, root, path) => {
    expect(sourcePath(source, chunk, root)).toBe(path)
  })
})

describe('sourceGroup', () => {
  it.each([
    ['node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js', 'Vue + Vue Router'],
    ['node_modules/vue/dist/vue.esm-bundler.js', 'Vue + Vue Router'],
    ['node_modules/vue-router/dist/vue-router.js', 'Vue + Vue Router'],
    ['node_modules/@slidev/client/logic/nav.ts', 'Slidev client'],
    ['node_modules/.slidev/virtual/import-glob.44a2ac915d.ts', 'Slidev client'],
    ['/@server-reactive/nav', 'Slidev client'],
    ['node_modules/@vueuse/core/dist/index.js', 'VueUse'],
    ['node_modules/d3-scale/dist/d3-scale.mjs', 'charts: d3 modules'],
    ['node_modules/internmap/src/index.js', 'charts: d3 modules'],
    ['node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs', '@floating-ui/dom'],
    ['node_modules/yaml/dist/index.js', 'yaml'],
    ['/@slidev/title-renderer.md', 'slide text'],
    ['pages/02-origin.md__slidev_6.md', 'slide text'],
    ['components/charts/kit/ChartSvg.vue', 'charts'],
    ['components/ChartFrame.vue', 'charts'],
    ['composables/useChartLayout.ts', 'charts'],
    ['lib/chart-registry.ts', 'charts'],
    ['lib/timeline/axis.ts', 'charts'],
    ['lib/usage-price-layout.ts', 'charts'],
    ['data/series/gpu-hours.ts', 'charts'],
    ['data/facts/market.ts', 'fact & source registries'],
    ['lib/format.ts', 'fact & source registries'],
    ['components/CostCalculator.vue', 'calculator'],
    ['lib/calculator/scenario.ts', 'calculator'],
    ['composables/useCalculatorState.ts', 'calculator'],
    ['components/Fact.vue', 'other components'],
    ['composables/useTapTip.ts', 'composables'],
    ['lib/palette.ts', 'other lib'],
    ['custom-nav-controls.vue', 'setup & styles'],
    ['/somewhere/else.ts', 'other'],
    [NO_MAP, NO_MAP],
  ])('%s is in %s', (path, group) => {
    expect(sourceGroup(path)).toBe(group)
  })

  it('puts every source file of the deck in a named group', () => {
    const files = ['components', 'composables', 'lib', 'data', 'setup', 'styles']
      .flatMap(dir => readdirSync(resolve(import.meta.dirname, '../..', dir), { recursive: true, encoding: 'utf8' }).map(f => `${dir}/${f}`))
      .filter(f => /\.(?:ts|vue)$/.test(f) && !f.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(100)
    expect(files.filter(f => sourceGroup(f) === 'other')).toEqual([])
  })
})

describe('groupSizes, groupDeltas and chartJsAdded', () => {
  it('splits each chunk\'s gzip size by its groups\' shares of its raw bytes', () => {
    expect(groupSizes([
      { gz: 100, sources: { 'node_modules/vue/dist/vue.js': 300, 'components/charts/A.vue': 50, 'data/series/a.ts': 50 } },
      { gz: 40, sources: { 'node_modules/d3-array/dist/d3-array.mjs': 10, [UNMAPPED]: 30 } },
      { gz: 20 }, // no map
      { gz: 20, sources: {} }, // an empty chunk
    ])).toEqual({ 'Vue + Vue Router': 75, 'charts': 25, 'charts: d3 modules': 10, [UNMAPPED]: 50, [NO_MAP]: 20 })
  })

  it('is undefined when no chunk had a map', () => {
    expect(groupSizes([{ gz: 10 }])).toBeUndefined()
  })

  it('lists growth and shrinkage of 512 bytes or more, largest growth first', () => {
    expect(groupDeltas({ a: 3000, b: 1000, c: 100, d: 0 }, { b: 1000, c: 2000, e: 400, f: 600 })).toEqual([
      { group: 'a', ours: 3000, bare: 0, added: 3000 },
      { group: 'f', ours: 0, bare: 600, added: -600 },
      { group: 'c', ours: 100, bare: 2000, added: -1900 },
    ])
  })

  it('adds up the charts\' two groups only, NaN without both decks', () => {
    expect(chartJsAdded({ 'charts': 5000, 'charts: d3 modules': 2000, 'VueUse': 9 }, { charts: 1000, VueUse: 1 })).toBe(6000)
    expect(chartJsAdded(undefined, { charts: 1 })).toBeNaN()
  })
})

describe('reading view figures', () => {
  const entries = [
    { name: 'http://x/deck/assets/index-a.js', responseEnd: 100, decodedBodySize: 1000 },
    { name: 'http://x/deck/assets/ReadingView-b.js?v=1', responseEnd: 300, decodedBodySize: 200 },
    { name: 'http://x/deck/assets/index-a.css', responseEnd: 50, decodedBodySize: 5000 },
    { name: 'http://x/deck/assets/md-c.js', responseEnd: 900, decodedBodySize: 70 },
  ]
  it('counts the script bytes fetched by a moment, and nothing else', () => {
    expect(jsBytesBefore(entries, 0)).toBe(0)
    expect(jsBytesBefore(entries, 300)).toBe(1200)
    expect(jsBytesBefore(entries, 1000)).toBe(1270)
    expect(jsBytesBefore(entries, Number.NaN)).toBeNaN()
  })
  it('meets the scroll budget with no long task, misses it with one, and says when it was not measured', () => {
    expect(readingBudgets({ longTaskCount: 0, longTaskMaxMs: 0 })[0]).toMatchObject({ status: 'met', actual: '0' })
    expect(readingBudgets({ longTaskCount: 1, longTaskMaxMs: 51 })[0]).toMatchObject({ status: 'MISSED', actual: '1 (max 51 ms)' })
    expect(readingBudgets(undefined)[0].status).toBe('not measured')
  })
})

describe('lighthouseFigures', () => {
  const lhr = {
    categories: { performance: { score: 0.874 } },
    audits: {
      'cumulative-layout-shift': { numericValue: 0.012 },
      'total-blocking-time': { numericValue: 40 },
      'interactive': { numericValue: 2100 },
      'first-contentful-paint': { numericValue: 900 },
    },
  }

  it('takes the score as 0–100 and the metrics as numbers', () => {
    expect(lighthouseFigures(lhr)).toEqual({ score: 87, cls: 0.012, tbtMs: 40, ttiMs: 2100, fcpMs: 900 })
  })

  it('gives NaN for a missing score or audit, never 0', () => {
    const figures = lighthouseFigures({ categories: { performance: { score: null } }, audits: {} })
    expect(Object.values(figures).every(Number.isNaN)).toBe(true)
  })
})
