// The bench's pure figure helpers (no I/O, tested in tests/unit/bench-lib.test.ts): medians, ratios, budgets, formats, tables.
import { chartJsAdded } from './bench-attribution.mjs'

/** 1 KB = 1024 bytes throughout the report. */
export const KB = 1024

// Where each budget comes from. Issue 18: lighter than a bare Slidev deck on first load, within
// 10% of its first paint, no task over 50 ms on a click. pdfExportS: in the bench since its first
// commit (b93e507), which names no issue. chartsJsGzKb, issue 4: "All charts together add at
// most 80 KB of gzipped JS to the built site over a bare Slidev deck."
export const BUDGETS = {
  firstLoadJsRatio: 1.0,
  fcpRatio: 1.1,
  longTaskMs: 50,
  pdfExportS: 60,
  chartsJsGzKb: 80,
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

export function fmtBytes(n) {
  if (!Number.isFinite(n))
    return 'n/a'
  return Math.abs(n) < KB ? `${Math.round(n)} B` : `${(n / KB).toFixed(1)} KB`
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
  // From the JS by source group (bench-attribution.mjs): the charts' code and d3, ours minus bare.
  const charts = chartJsAdded(m.ours.jsGroups, m.bare.jsGroups)
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
      budget: `the charts' JS added over bare (gzip, approximate) ≤ ${b.chartsJsGzKb} KB`,
      actual: known(charts) ? fmtBytes(charts) : 'not measured (no source maps)',
      status: verdict(known(charts) ? charts <= b.chartsJsGzKb * KB : undefined),
    },
  ]
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
