// Pure helpers for scripts/bench.mjs (no I/O), unit-tested in tests/unit/bench-lib.test.ts.
import { gzipSync } from 'node:zlib'

/** 1 KB = 1024 bytes throughout the report. */
export const KB = 1024

// Issue 18: lighter than a bare Slidev deck on first load, and within 10% of its first paint.
export const BUDGETS = {
  firstLoadJsRatio: 1.0,
  fcpRatio: 1.1,
  longTaskMs: 50,
  pdfExportS: 60,
  addedJsGzKb: 80,
}

function assertFinite(xs, name) {
  for (const x of xs) {
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new TypeError(`${name}: expected finite numbers, got ${typeof x === 'number' ? String(x) : JSON.stringify(x)}`)
  }
}

/** Median of a non-empty list of finite numbers. */
export function median(xs) {
  if (!Array.isArray(xs) || xs.length === 0)
    throw new TypeError('median: expected a non-empty array')
  assertFinite(xs, 'median')
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** `ours / bare`, or NaN when bare is zero or either is missing. */
export function ratio(ours, bare) {
  if (!Number.isFinite(ours) || !Number.isFinite(bare) || bare === 0)
    return Number.NaN
  return ours / bare
}

/** Raw and gzipped (level 9, as a static host would precompress) size of a buffer or string. */
export function sizes(content) {
  const buf = typeof content === 'string' ? Buffer.from(content) : content
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length }
}

export function sumSizes(list) {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 })
}

/**
 * The files index.html makes the browser fetch before any code runs: module scripts,
 * modulepreloads and stylesheets, as paths relative to the dist folder (base stripped).
 */
export function firstLoadAssets(html, base = '/') {
  const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1]
  const local = (url) => {
    if (!url || /^[a-z]+:|^\/\//i.test(url))
      return undefined
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, '')
    return path.split(/[?#]/)[0]
  }
  const scripts = []
  const styles = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/type\s*=\s*["']module["']/i.test(tag) && attr(tag, 'src'))
      scripts.push(local(attr(tag, 'src')))
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase()
    if (rel === 'modulepreload')
      scripts.push(local(attr(tag, 'href')))
    else if (rel === 'stylesheet')
      styles.push(local(attr(tag, 'href')))
  }
  return { js: [...new Set(scripts.filter(Boolean))], css: [...new Set(styles.filter(Boolean))] }
}

/** `assets/modules/vue-B1x2C3d4.js` → `assets/modules/vue.js`: a chunk's name without its hash. */
export function chunkName(path) {
  return path.replace(/-[\w-]{8}(\.\w+)$/, '$1')
}

/**
 * Where the added bytes are: per chunk name, ours minus bare (gzip), largest first. `ours` and
 * `bare` map file paths to sizes; chunks with the same name are summed.
 */
export function chunkDeltas(ours, bare, limit = 10) {
  const byName = (files) => {
    const out = new Map()
    for (const [path, size] of Object.entries(files))
      out.set(chunkName(path), (out.get(chunkName(path)) ?? 0) + size.gz)
    return out
  }
  const a = byName(ours)
  const b = byName(bare)
  return [...new Set([...a.keys(), ...b.keys()])]
    .map(name => ({ name, ours: a.get(name) ?? 0, bare: b.get(name) ?? 0 }))
    .map(d => ({ ...d, delta: d.ours - d.bare }))
    .filter(d => d.delta > 0)
    .sort((x, y) => y.delta - x.delta)
    .slice(0, limit)
}

/** A plain-text Slidev deck of `count` slides, configured like ours where it changes the bundle. */
export function bareSlidesMd(count, { routerMode = 'hash' } = {}) {
  if (!Number.isInteger(count) || count < 1)
    throw new TypeError(`bareSlidesMd: expected a positive slide count, got ${JSON.stringify(count)}`)
  const head = [
    '---',
    'theme: default',
    'title: Bare Slidev deck',
    `routerMode: ${routerMode}`,
    'fonts:',
    '  provider: none',
    'download: true',
    'monaco: false',
    'twoslash: false',
    'drawings:',
    '  enabled: false',
    '---',
    '',
  ].join('\n')
  const slides = Array.from({ length: count }, (_, i) =>
    `# Slide ${i + 1}\n\nPlain text for slide ${i + 1}, no components.\n\n<!--\nNotes for slide ${i + 1}.\n-->\n`)
  return head + slides.join('\n---\n\n')
}

export function fmtBytes(n) {
  if (!Number.isFinite(n))
    return 'n/a'
  return n < KB ? `${n} B` : `${(n / KB).toFixed(1)} KB`
}

export function fmtMs(n) {
  return Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a'
}

export function fmtS(n) {
  return Number.isFinite(n) ? `${n.toFixed(1)} s` : 'n/a'
}

export function fmtRatio(r) {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a'
}

/**
 * Budget verdicts from measured figures (the shape bench.mjs builds). A figure that was not
 * measured gives "not measured" rather than a verdict.
 */
export function checkBudgets(m) {
  const verdict = ok => (ok === undefined ? 'not measured' : ok ? 'met' : 'MISSED')
  const known = (...xs) => xs.every(Number.isFinite)
  const b = BUDGETS
  const firstLoad = ratio(m.ours.firstLoadJs?.gz, m.bare.firstLoadJs?.gz)
  const fcp = ratio(m.ours.fcpMs, m.bare.fcpMs)
  const added = (m.ours.js?.gz ?? Number.NaN) - (m.bare.js?.gz ?? Number.NaN)
  return [
    {
      budget: `first-load JS (gzip) ≤ ${b.firstLoadJsRatio}× bare`,
      actual: fmtRatio(firstLoad),
      status: verdict(known(firstLoad) ? firstLoad <= b.firstLoadJsRatio : undefined),
    },
    {
      budget: `first contentful paint ≤ ${b.fcpRatio}× bare`,
      actual: fmtRatio(fcp),
      status: verdict(known(fcp) ? fcp <= b.fcpRatio : undefined),
    },
    {
      budget: `no long task > ${b.longTaskMs} ms during the click walk`,
      actual: known(m.ours.longTaskCount) ? `${m.ours.longTaskCount} (max ${fmtMs(m.ours.longTaskMaxMs)})` : 'n/a',
      status: verdict(known(m.ours.longTaskCount) ? m.ours.longTaskCount === 0 : undefined),
    },
    {
      budget: `full PDF export < ${b.pdfExportS} s`,
      actual: fmtS(m.ours.pdfS),
      status: verdict(known(m.ours.pdfS) ? m.ours.pdfS < b.pdfExportS : undefined),
    },
    {
      budget: `JS added over bare (gzip) ≤ ${b.addedJsGzKb} KB`,
      actual: fmtBytes(added),
      status: verdict(known(added) ? added <= b.addedJsGzKb * KB : undefined),
    },
  ]
}

/**
 * Bytes of script a page had fetched by time `t` (ms since navigation): the decoded sizes of
 * the `.js` resources (Resource Timing entries) whose response had ended by then.
 */
export function jsBytesBefore(entries, t) {
  if (!Number.isFinite(t))
    return Number.NaN
  return entries
    .filter(e => /\.m?js(?:$|[?#])/.test(e.name) && e.responseEnd <= t)
    .reduce((sum, e) => sum + (e.decodedBodySize ?? 0), 0)
}

/**
 * Verdicts for the reading view (#/read at 390×844): no long task over the budget while
 * scrolling the whole article. `reading` holds `longTaskCount` and `longTaskMaxMs`.
 */
export function readingBudgets(reading) {
  const known = Number.isFinite(reading?.longTaskCount)
  return [{
    budget: `no long task > ${BUDGETS.longTaskMs} ms while scrolling the reading view`,
    // Only tasks over 50 ms are reported at all: with none, there is no maximum to give.
    actual: known ? (reading.longTaskMaxMs ? `${reading.longTaskCount} (max ${fmtMs(reading.longTaskMaxMs)})` : '0') : 'n/a',
    status: known ? (reading.longTaskCount === 0 ? 'met' : 'MISSED') : 'not measured',
  }]
}

/**
 * The figures the bench reports from one Lighthouse result (`lhr`): performance score 0–100,
 * CLS, and total blocking time, time to interactive and first contentful paint in ms.
 */
export function lighthouseFigures(lhr) {
  const value = id => lhr.audits[id]?.numericValue ?? Number.NaN
  const score = lhr.categories.performance?.score
  return {
    score: typeof score === 'number' ? Math.round(score * 100) : Number.NaN,
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    ttiMs: value('interactive'),
    fcpMs: value('first-contentful-paint'),
  }
}

/** A GitHub-flavoured Markdown table; cells are escaped for pipes. */
export function markdownTable(header, rows) {
  const cell = v => String(v ?? '').replaceAll('|', '\\|')
  const line = cells => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
