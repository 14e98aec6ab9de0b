// The bench's Markdown report: the figures against the bare deck, the article, Lighthouse, budgets, added JS by source.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { groupDeltas } from './bench-attribution.mjs'
import { BUDGETS, checkBudgets, fmtBytes, fmtMs, fmtRatio, fmtS, markdownTable, ratio, readingBudgets } from './bench-budgets.mjs'

const require = createRequire(import.meta.url)
const slidevVersion = JSON.parse(readFileSync(require.resolve('@slidev/cli/package.json'), 'utf8')).version
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version

function lighthouseRows(lh) {
  if (!lh)
    return [['Lighthouse', 'not measured (skipped or failed: see the log)', '', '']]
  const row = (label, key, fmt) => [label, fmt(lh.article[key]), fmt(lh.bare[key]), fmtRatio(ratio(lh.article[key], lh.bare[key]))]
  const plain = digits => n => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
  return [
    row('Performance score (0–100)', 'score', plain(0)),
    row('Cumulative layout shift', 'cls', plain(3)),
    row('Total blocking time', 'tbtMs', fmtMs),
    row('Time to interactive', 'ttiMs', fmtMs),
    row('First contentful paint', 'fcpMs', fmtMs),
  ]
}

/**
 * The report from the measured figures `m` (the shape bench.mjs builds), with how they were
 * measured: slide count, runs, click pause, base, article path, Lighthouse runs, Chromium binary.
 */
export function render(m, { slideCount, runs, stepPauseMs, base, articlePath, lighthouseRuns, executablePath }) {
  const row = (label, ours, bare, fmt, r = ratio(ours, bare)) => [label, fmt(ours), fmt(bare), fmtRatio(r)]
  const pair = (label, key) => [
    row(`${label}, raw`, m.ours[key].raw, m.bare[key].raw, fmtBytes),
    row(`${label}, gzip`, m.ours[key].gz, m.bare[key].gz, fmtBytes),
  ]
  const rows = [
    row('Build time (ours: `npm run build`, both PDFs, article, chart pages; bare: `slidev build`, PDF bundled)', m.ours.buildS, m.bare.buildS, fmtS),
    ...pair('All JS', 'js'),
    ...pair('All CSS', 'css'),
    ...pair(`First-load JS (index.html script + modulepreloads)`, 'firstLoadJs'),
    ...pair('First-load CSS', 'firstLoadCss'),
    row('JS fetched before slide 1 is visible (median, raw)', m.ours.jsBeforeVisible, m.bare.jsBeforeVisible, fmtBytes),
    // This deck's first paint is its first frame (scripts/first-frame); the next row is the app's own.
    row(`First contentful paint (median of ${runs}; this deck: its first frame, slide 1 as HTML)`, m.ours.fcpMs, m.bare.fcpMs, fmtMs),
    row(`Slide 1 drawn by the app (median of ${runs})`, m.ours.slideVisibleMs, m.bare.slideVisibleMs, fmtMs),
    [`Long tasks > ${BUDGETS.longTaskMs} ms in a full click walk (count)`, `${m.ours.longTaskCount} in ${m.ours.stops} stops`, `${m.bare.longTaskCount} in ${m.bare.stops} stops`, ''],
    row('Longest task in the click walk', m.ours.longTaskMaxMs, m.bare.longTaskMaxMs, fmtMs),
    row('Longest task while loading', m.ours.loadLongTaskMaxMs, m.bare.loadLongTaskMaxMs, fmtMs),
    row('PDF export (`slidev export`)', m.ours.pdfS, m.bare.pdfS, fmtS),
  ]
  const r = m.reading ?? {}
  const readingRows = [
    ['First contentful paint, reading view vs slide view (this deck)', fmtMs(r.fcpMs), fmtMs(m.ours.fcpMs), fmtRatio(ratio(r.fcpMs, m.ours.fcpMs))],
    ['JS fetched before first paint (median, raw)', fmtBytes(r.jsBeforeFcp), fmtBytes(m.ours.jsBeforeVisible), ''],
    [`Long tasks > ${BUDGETS.longTaskMs} ms scrolling the whole article (count)`, `${r.longTaskCount ?? 'n/a'} in ${r.scrollStops ?? 'n/a'} wheel steps`, '', ''],
    // The Long Tasks API reports only tasks over 50 ms: none reported means none that long.
    ['Longest task while scrolling the article', r.longTaskMaxMs ? fmtMs(r.longTaskMaxMs) : `none over ${BUDGETS.longTaskMs} ms`, '', ''],
  ]
  const budgets = [...checkBudgets(m), ...readingBudgets(m.reading)].map(b => [b.budget, b.actual, b.status])
  const { jsGroups: oursGroups, js: oursJs } = m.ours
  const { jsGroups: bareGroups, js: bareJs } = m.bare
  const added = oursGroups && bareGroups
    ? markdownTable(['Source group', 'This deck', 'Bare Slidev', 'Added'], [
        ...groupDeltas(oursGroups, bareGroups).map(d => [d.group, fmtBytes(d.ours), fmtBytes(d.bare), `${d.added > 0 ? '+' : ''}${fmtBytes(d.added)}`]),
        ['All JS', fmtBytes(oursJs?.gz), fmtBytes(bareJs?.gz), fmtBytes(oursJs?.gz - bareJs?.gz)],
      ])
    : 'Not measured: a build left no source maps (see the log).'
  const busy = loadavg()[0] > cpus().length
    ? `\n> **Busy machine:** load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs while measuring, so times and long tasks are inflated for both decks; ratios are the fairer reading. Rerun on a quiet machine.\n`
    : ''
  const chromiumVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown'
  return [
    `# Benchmark: this deck vs bare Slidev ${slidevVersion}`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${chromiumVersion} · ${cpus().length} CPUs, load average ${loadavg().map(l => l.toFixed(1)).join(' / ')} at the end`,
    '',
    `Both decks: ${slideCount} slides, router mode hash, base ${base}, fonts provider none, theme default, monaco/twoslash/drawings off, PDF bundled.`,
    `The bare deck is plain text (an h1 and a line per slide) using this repo's node_modules. Served by sirv on loopback, gzipped (level 9, precompressed);`,
    `headless Chromium, fresh context per run, 1280×720; load figures are medians of ${runs} alternating runs after one warm-up each.`,
    `The click walk presses ArrowRight through every slide and click, ${stepPauseMs} ms apart. 1 KB = 1024 bytes; gzip level 9.`,
    busy,
    markdownTable(['Figure', 'This deck', 'Bare Slidev', 'Ratio'], rows),
    '',
    `## The article (${articlePath}, 390×844, the site root on a phone)`,
    '',
    `The article loads at the site root (a narrow screen lands in it), medians of ${runs} runs after one warm-up; the scroll`,
    `walk turns the mouse wheel 420 px at a time, 60 ms apart, from the top of the article to its end. The slide view column`,
    `repeats this deck's figures from the table above (JS there: fetched before slide 1 is visible).`,
    '',
    markdownTable(['Figure', 'Reading view', 'Slide view', 'Ratio'], readingRows),
    '',
    `## Lighthouse, mobile preset (the article at ${articlePath} under the base vs the bare deck's root)`,
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION}, default (mobile) config, performance only: medians of ${lighthouseRuns} alternating runs.`,
    '',
    markdownTable(['Figure', 'Article', 'Bare Slidev', 'Ratio'], lighthouseRows(m.lighthouse)),
    '',
    `## Longest task per slide in the click walk (slides with a task over ${BUDGETS.longTaskMs} ms)`,
    '',
    m.ours.perSlide?.length
      ? markdownTable(['Slide', 'This deck'], m.ours.perSlide.map(([slide, ms]) => [slide, fmtMs(ms)]))
      : `None: no task over ${BUDGETS.longTaskMs} ms on any click.`,
    '',
    '## Budgets',
    '',
    markdownTable(['Budget', 'Measured', 'Status'], budgets),
    '',
    '## Where the added JS is (gzip, approximate, by source; largest growth first)',
    '',
    'Each chunk\'s bytes are traced to their sources by the builds\' hidden source maps and grouped (scripts/bench-attribution.mjs);',
    'a group\'s gzip size is each chunk\'s gzip size split by the group\'s share of its raw bytes. Groups that moved less than 0.5 KB',
    'are left out. (unmapped): code no source map covers, chiefly Slidev\'s slide modules (titles, notes, each slide\'s markup: Slidev',
    'gives them empty maps) and the import/export lines between chunks. The charts\' budget counts all d3 (d3-format and d3-time-format also format facts).',
    '',
    added,
    '',
  ].join('\n')
}
