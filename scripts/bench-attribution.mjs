// Which sources a built deck's JS bytes come from (pure, tested in tests/unit/bench-lib.test.ts):
// bytes per source by each chunk's source map, sources named as readable groups, and each group's
// approximate gzip size. Chunk file names say little: rolldown names a shared chunk after any one
// of its modules (Vue's runtime lands in modules/unplugin-icons-*.js in this deck, in index-*.js
// in the bare one), so the bench compares sources, not chunks.
import { posix } from 'node:path'
import { SourceMapConsumer } from 'source-map-js'

export const UNMAPPED = '(unmapped)'
export const NO_MAP = '(no source map)'
/** The groups that are the charts' JS: the charts' own code and the d3 modules they draw with. */
export const CHART_GROUPS = ['charts', 'charts: d3 modules']

/**
 * Raw (UTF-8) bytes of `code` per source of its source map `map` (object or JSON text). On each
 * generated line, the bytes from one mapping to the next go to the earlier mapping's source and
 * the rest of the line (its line break included) to the last one's; bytes before a line's first
 * mapping, or after a mapping without a source, go to UNMAPPED. The counts sum to the code's bytes.
 */
export function bytesBySource(code, map) {
  const out = {}
  const add = (source, text) => {
    const n = Buffer.byteLength(text)
    if (n > 0)
      out[source] = (out[source] ?? 0) + n
  }
  const lines = code.split(/(?<=\n)/)
  const marks = lines.map(() => [])
  const consumer = new SourceMapConsumer(typeof map === 'string' ? JSON.parse(map) : map)
  consumer.eachMapping((m) => {
    marks[m.generatedLine - 1]?.push({ column: m.generatedColumn, source: m.source ?? UNMAPPED })
  }, null, SourceMapConsumer.GENERATED_ORDER)
  lines.forEach((line, i) => {
    let at = { column: 0, source: UNMAPPED }
    for (const mark of marks[i]) {
      add(at.source, line.slice(at.column, mark.column))
      at = { column: Math.max(at.column, mark.column), source: mark.source }
    }
    add(at.source, line.slice(at.column))
  })
  return out
}

/**
 * A map's `source` (relative to the chunk at absolute path `chunkFile`) as a stable path: from
 * its last `node_modules/` on, else relative to the deck's `root`, else the virtual module's id
 * (`/@slidev/…`: Vite writes those as if they sat at the file system's root).
 */
export function sourcePath(source, chunkFile, root) {
  if (source === UNMAPPED)
    return source
  const path = posix.resolve(posix.dirname(chunkFile), source.replaceAll('\0', ''))
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0)
    return path.slice(modules + 1)
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path
}

/** bytesBySource of one chunk (at absolute path `chunkFile`), keyed by sourcePath. */
export function chunkSources(code, map, chunkFile, root) {
  const out = {}
  for (const [source, bytes] of Object.entries(bytesBySource(code, map))) {
    const path = sourcePath(source, chunkFile, root)
    out[path] = (out[path] ?? 0) + bytes
  }
  return out
}

// Our code, first match wins. `charts`: the chart components, their registry, series and layouts
// (lib/charts, lib/timeline, the lib/ layout helpers only chart code imports), ChartFrame and
// ChartTable, the useChart* composables. The calculator: its components, state and lib/.
// Registries: data/ (but data/series) and the lib/ files that read and format its values.
const OURS = [
  [/^(?:components\/charts\/|lib\/charts\/|lib\/timeline\/|data\/series\/|setup\/chart-modules\.)/, 'charts'],
  [/^(?:components\/Chart[^/]*\.vue|composables\/useChart[^/]*\.ts|lib\/chart[^/]*\.ts)$/, 'charts'],
  [/^lib\/(?:[^/]*-layout|plot-box|segment-box|ticks|text-width|labels|log-bars|log-dots|range-bars|diverging|multiples|rank|milestones|steps|fade|nvidia-[^/]*)\.ts$/, 'charts'],
  [/^(?:components\/(?:Calculator[^/]*|CostCalculator|CostComparison)\.vue|composables\/useCalculator[^/]*\.ts|lib\/calculator[/.]|lib\/comparison-bars\.ts)/, 'calculator'],
  [/^(?:data\/|lib\/(?:facts|sources|format|dates)\.ts$)/, 'fact & source registries'],
  [/^(?:pages\/[^/]*\.md|slides\.md)/, 'slide text'],
  [/^components\//, 'other components'],
  [/^composables\//, 'composables'],
  [/^lib\//, 'other lib'],
  [/^(?:setup|styles)\/|^[^/]+\.vue$/, 'setup & styles'],
]

/** A readable group for a `sourcePath`. */
export function sourceGroup(path) {
  if (path === UNMAPPED || path === NO_MAP)
    return path
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1]
  if (pkg) {
    if (/^(?:@vue\/|vue$|vue-router$)/.test(pkg))
      return 'Vue + Vue Router'
    if (/^@slidev\/|^\.slidev$/.test(pkg)) // .slidev: the modules Slidev generates for the deck
      return 'Slidev client'
    if (pkg.startsWith('@vueuse/'))
      return 'VueUse'
    // All d3 counts as the charts': lib/format.ts and lib/dates.ts also format fact values with
    // d3-format and d3-time-format, so the charts' figure is an upper bound.
    if (/^(?:d3|d3-.+|internmap)$/.test(pkg))
      return 'charts: d3 modules'
    return pkg
  }
  if (/\.md(?:$|__|[?#])/.test(path)) // slide files, their per-slide modules, Slidev's title-renderer.md
    return 'slide text'
  if (path.startsWith('/@')) // other virtual modules: /@slidev/…, /@server-reactive/…
    return 'Slidev client'
  return OURS.find(([re]) => re.test(path))?.[1] ?? 'other'
}

/**
 * Approximate gzip bytes per group over a deck's chunks, each `{ gz, sources }` (`sources`: raw
 * bytes per sourcePath, or undefined for a chunk without a map, counted as NO_MAP): a chunk's gzip
 * size is split by each group's share of its raw bytes. Undefined when no chunk has a map.
 */
export function groupSizes(chunks) {
  if (!chunks.some(c => c.sources))
    return undefined
  const out = {}
  for (const { gz, sources } of chunks) {
    const raw = Object.values(sources ?? {}).reduce((a, b) => a + b, 0)
    const shares = raw ? Object.entries(sources) : [[sources ? UNMAPPED : NO_MAP, 1]]
    for (const [path, bytes] of shares) {
      const group = sourceGroup(path)
      out[group] = (out[group] ?? 0) + gz * bytes / (raw || 1)
    }
  }
  return out
}

/** Groups of both decks, ours minus bare, largest growth first; rows under `minBytes` either way left out. */
export function groupDeltas(ours, bare, minBytes = 512) {
  return [...new Set([...Object.keys(ours), ...Object.keys(bare)])]
    .map(group => ({ group, ours: ours[group] ?? 0, bare: bare[group] ?? 0 }))
    .map(d => ({ ...d, added: d.ours - d.bare }))
    .filter(d => Math.abs(d.added) >= minBytes)
    .sort((a, b) => b.added - a.added || a.group.localeCompare(b.group))
}

/** Gzip bytes the CHART_GROUPS add over the bare deck; NaN when either deck was not attributed. */
export function chartJsAdded(ours, bare) {
  if (!ours || !bare)
    return Number.NaN
  const sum = groups => CHART_GROUPS.reduce((a, g) => a + (groups[g] ?? 0), 0)
  return sum(ours) - sum(bare)
}
