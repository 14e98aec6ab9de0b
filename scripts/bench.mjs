// `npm run bench [-- --runs 7 --step-pause 900 --skip-pdf --skip-lighthouse --keep]`: this deck against a bare Slidev deck of the
// same version and slide count, built, served on loopback and measured in one run, then this
// deck's prerendered article (read/) at 390×844 against its own slide view. Prints a Markdown table
// and writes it to bench-results/latest.md. Both sites are served gzipped, as static hosts do;
// Lighthouse's mobile preset then audits the phone article and the bare deck (bench-lighthouse.mjs).
// The steps live by idea in bench-build.mjs, bench-probes.mjs and bench-report.mjs; this file orders them.
// Not part of `npm test`.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { chromium } from 'playwright-chromium'
import { BUDGETS, median } from './bench-budgets.mjs'
import { buildDecks, bundleSizes, exportPdfs, log, writeBareDeck } from './bench-build.mjs'
import { lighthouseMedians } from './bench-lighthouse.mjs'
import { clickWalk, loadRun, readingLoadRun, readingScroll } from './bench-probes.mjs'
import { render } from './bench-report.mjs'
import { ROOT } from './bench-site.mjs'
import { CHROMIUM_ARGS, chromiumOrExit } from './chromium.mjs'
import { precompress, serveStatic } from './static-server.mjs'

const BASE = '/deck/'
// Where the phone article is under the base: the prerendered article (dist/read/index.html).
const ARTICLE_PATH = 'read/'
const LIGHTHOUSE_RUNS = 3
const args = process.argv.slice(2)
function option(name, fallback) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
/** A whole-number flag, or a clear message and exit 2 before any build starts. */
function count(name, fallback, min) {
  const n = Number(option(name, fallback))
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} takes a whole number ≥ ${min}; got ${option(name, fallback)}`)
    process.exit(2)
  }
  return n
}
const RUNS = count('--runs', 7, 5)
const SKIP_PDF = args.includes('--skip-pdf')
const KEEP = args.includes('--keep')
// A presenter's pace is slower; this is long enough for every tween to run inside the window.
const STEP_PAUSE_MS = count('--step-pause', 900, 0)

const executablePath = chromiumOrExit()

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const { bareRoot, slideCount } = await writeBareDeck(work)
  log(`work folder ${work}; ${slideCount} slides`)

  const decks = {
    ours: { dist: join(work, 'ours-dist'), root: ROOT },
    bare: { dist: join(work, 'bare-dist'), root: bareRoot },
  }
  const m = { ours: {}, bare: {} }
  const buildS = await buildDecks(decks, bareRoot, { base: BASE, executablePath })
  m.ours.buildS = buildS.ours
  m.bare.buildS = buildS.bare
  for (const [name, d] of Object.entries(decks)) {
    Object.assign(m[name], bundleSizes(d.dist, BASE, d.root))
    precompress(d.dist)
  }

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const servers = { ours: await serveStatic(decks.ours.dist, BASE, { gzip: true }), bare: await serveStatic(decks.bare.dist, BASE, { gzip: true }) }
  const runs = { ours: [], bare: [] }
  for (const name of ['ours', 'bare'])
    await loadRun(browser, servers[name].url) // warm-up: disk cache, Chromium's code cache
  for (let i = 0; i < RUNS; i++) {
    for (const name of i % 2 ? ['bare', 'ours'] : ['ours', 'bare']) // alternate to spread drift
      runs[name].push(await loadRun(browser, servers[name].url))
    log(`load run ${i + 1}/${RUNS}`)
  }
  // The reading view against this deck's slide view: same build, same server, alternating.
  const reading = []
  await readingLoadRun(browser, servers.ours.url, ARTICLE_PATH) // warm-up
  for (let i = 0; i < RUNS; i++)
    reading.push(await readingLoadRun(browser, servers.ours.url, ARTICLE_PATH))
  const scroll = await readingScroll(browser, servers.ours.url, ARTICLE_PATH)
  log(`reading view: ${RUNS} loads, scrolled in ${scroll.stops} wheel steps`)
  m.reading = {
    fcpMs: median(reading.map(r => r.fcp)),
    jsBeforeFcp: median(reading.map(r => r.jsBeforeFcp)),
    scrollStops: scroll.stops,
    longTaskCount: scroll.tasks.filter(d => d > BUDGETS.longTaskMs).length,
    longTaskMaxMs: scroll.tasks.length ? Math.max(...scroll.tasks) : 0,
  }
  for (const name of ['ours', 'bare']) {
    m[name].fcpMs = median(runs[name].map(r => r.fcp))
    m[name].slideVisibleMs = median(runs[name].map(r => r.slideVisible))
    m[name].jsBeforeVisible = median(runs[name].map(r => r.jsBeforeVisible))
    const walk = await clickWalk(browser, servers[name].url, STEP_PAUSE_MS)
    log(`walked ${name}: ${walk.stops} stops`)
    Object.assign(m[name], {
      stops: walk.stops,
      longTaskCount: walk.longTasks.filter(d => d > BUDGETS.longTaskMs).length,
      longTaskMaxMs: walk.longTasks.length ? Math.max(...walk.longTasks) : 0,
      loadLongTaskMaxMs: walk.loadLongTasks.length ? Math.max(...walk.loadLongTasks) : 0,
      perSlide: walk.perSlide,
    })
  }
  await browser.close()
  const lhTargets = { article: `${servers.ours.url}${ARTICLE_PATH}`, bare: servers.bare.url }
  // A failed Lighthouse step is reported in the table, not allowed to lose the figures above.
  if (!args.includes('--skip-lighthouse')) {
    m.lighthouse = await lighthouseMedians(lhTargets, { executablePath, runs: LIGHTHOUSE_RUNS, log })
      .catch((error) => {
        log(`lighthouse failed: ${error.stack ?? error}`)
        return undefined
      })
  }
  await Promise.all(Object.values(servers).map(s => s.close()))

  if (!SKIP_PDF) {
    for (const [name, seconds] of Object.entries(await exportPdfs({ ours: ROOT, bare: bareRoot }, work, executablePath)))
      m[name].pdfS = seconds
  }

  const report = render(m, { slideCount, runs: RUNS, stepPauseMs: STEP_PAUSE_MS, base: BASE, articlePath: ARTICLE_PATH, lighthouseRuns: LIGHTHOUSE_RUNS, executablePath })
  console.log(report)
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench-results', 'latest.md'), report)
  log(`wrote ${relative(ROOT, join(ROOT, 'bench-results', 'latest.md'))}`)
  if (KEEP)
    log(`kept ${work}`)
  else
    rmSync(work, { recursive: true, force: true })
}

if (!existsSync(join(ROOT, 'node_modules')) || !statSync(join(ROOT, 'node_modules')).isDirectory()) {
  console.error('bench: run `npm install` first')
  process.exit(1)
}
await main()
