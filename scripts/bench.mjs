// `npm run bench [-- --runs 7 --skip-pdf --skip-lighthouse --keep]`: this deck against a bare Slidev deck of the
// same version and slide count, built, served on loopback and measured in one run, then this
// deck's prerendered article (read/) at 390×844 against its own slide view. Prints a Markdown table
// and writes it to bench-results/latest.md. Both sites are served gzipped, as static hosts do;
// Lighthouse's mobile preset then audits the phone article and the bare deck (bench-lighthouse.mjs).
// Not part of `npm test`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-chromium'
import { BUDGETS, checkBudgets, fmtBytes, fmtMs, fmtRatio, fmtS, markdownTable, median, ratio, readingBudgets } from './bench-budgets.mjs'
import { lighthouseMedians } from './bench-lighthouse.mjs'
import { ROOT } from './bench-site.mjs'
import { bareSlidesMd, chunkDeltas, firstLoadAssets, jsBytesBefore, sizes, sumSizes } from './bench-sizes.mjs'
import { acquireRenderLock, CHROMIUM_ARGS, chromiumOrExit } from './chromium.mjs'
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
const RUNS = Math.max(5, Number(option('--runs', 7)))
const SKIP_PDF = args.includes('--skip-pdf')
const KEEP = args.includes('--keep')
// A presenter's pace is slower; this is long enough for every tween to run inside the window.
const STEP_PAUSE_MS = Number(option('--step-pause', 900))

const executablePath = chromiumOrExit()
const require = createRequire(import.meta.url)
const slidevBin = require.resolve('@slidev/cli/bin/slidev.mjs')
const slidevVersion = JSON.parse(readFileSync(require.resolve('@slidev/cli/package.json'), 'utf8')).version
const log = msg => console.error(`[bench] ${msg}`)

function timed(label, cwd, command) {
  log(`${label}: ${command.join(' ')}`)
  const start = performance.now()
  const result = spawnSync(process.execPath, command, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`)
  return seconds
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)])
}

function bundleSizes(dist) {
  const assets = filesUnder(join(dist, 'assets'))
  const jsFiles = Object.fromEntries(assets.filter(f => f.endsWith('.js')).map(f => [relative(dist, f), sizes(readFileSync(f))]))
  const of = ext => sumSizes(assets.filter(f => f.endsWith(ext)).map(f => sizes(readFileSync(f))))
  const first = firstLoadAssets(readFileSync(join(dist, 'index.html'), 'utf8'), BASE)
  const load = list => sumSizes(list.map(p => join(dist, p)).filter(existsSync).map(f => sizes(readFileSync(f))))
  return { jsFiles, js: of('.js'), css: of('.css'), firstLoadJs: load(first.js), firstLoadCss: load(first.css), firstLoadFiles: first.js.length }
}

// Records FCP, the moment slide 1 is on screen, and every long task, from the first byte on.
function pageProbe() {
  const w = window
  w.__bench = { longTasks: [], slideVisible: undefined, fcp: undefined }
  new PerformanceObserver(list => list.getEntries().forEach(e => w.__bench.longTasks.push({ start: e.startTime, duration: e.duration })))
    .observe({ type: 'longtask', buffered: true })
  new PerformanceObserver(list => list.getEntries().forEach((e) => {
    if (e.name === 'first-contentful-paint')
      w.__bench.fcp = e.startTime
  })).observe({ type: 'paint', buffered: true })
  const check = () => {
    const page = document.querySelector('.slidev-page-1')
    const shown = page && page.querySelector('h1') && !page.querySelector('.slidev-slide-loading')
      && page.getBoundingClientRect().width > 0 && getComputedStyle(page).visibility !== 'hidden'
    if (shown)
      w.__bench.slideVisible = performance.now()
    else
      requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

async function loadRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(`${url}#/1`, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench.slideVisible !== undefined && window.__bench.fcp !== undefined, undefined, { timeout: 30_000 })
  const result = await page.evaluate(() => ({
    fcp: window.__bench.fcp,
    slideVisible: window.__bench.slideVisible,
    jsBeforeVisible: performance.getEntriesByType('resource')
      .filter(e => e.name.endsWith('.js') && e.responseEnd <= window.__bench.slideVisible)
      .reduce((sum, e) => sum + e.decodedBodySize, 0),
  }))
  await context.close()
  return result
}

// ArrowRight from slide 1 to the end, pausing at each stop; returns the stops and long tasks.
async function clickWalk(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(`${url}#/1`, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => window.__bench.slideVisible !== undefined)
  await page.waitForTimeout(1000)
  const walkStart = await page.evaluate(() => performance.now())
  const pressed = [] // { t, slide }: when each key press went in, and the slide it led to
  let stops = 1
  for (; stops < 1000; stops++) {
    const before = page.url()
    const t = await page.evaluate(() => performance.now())
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(prev => location.href !== prev, before, { timeout: 1500 }).catch(() => {})
    if (page.url() === before)
      break
    pressed.push({ t, slide: Number(/#\/(\d+)/.exec(page.url())?.[1]) })
    await page.waitForTimeout(STEP_PAUSE_MS)
  }
  const walkTasks = await page.evaluate(t0 => window.__bench.longTasks.filter(t => t.start >= t0), walkStart)
  const tasks = walkTasks.map(t => t.duration)
  // Longest task per slide: each task belongs to the last key press before it started.
  const perSlide = new Map()
  for (const task of walkTasks) {
    const slide = pressed.findLast(p => p.t <= task.start)?.slide
    if (slide)
      perSlide.set(slide, Math.max(perSlide.get(slide) ?? 0, task.duration))
  }
  const loadTasks = await page.evaluate(t0 => window.__bench.longTasks.filter(t => t.start < t0).map(t => t.duration), walkStart)
  await context.close()
  return { stops, longTasks: tasks, loadLongTasks: loadTasks, perSlide: [...perSlide].sort((a, b) => a[0] - b[0]) }
}

// The article on a phone-sized screen: the site root, which index.html's inline script sends to
// read/ on a 390 px screen. FCP, and the script fetched before it.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 }

async function readingLoadRun(browser, url) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench.fcp !== undefined && document.querySelector('.reading-view'), undefined, { timeout: 30_000 })
  if (!new URL(page.url()).pathname.endsWith(`/${ARTICLE_PATH}`))
    throw new Error(`article: ${url} at 390×844 opened ${page.url()}, not ${ARTICLE_PATH}`)
  const fcp = await page.evaluate(() => window.__bench.fcp)
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map(e => ({ name: e.name, responseEnd: e.responseEnd, decodedBodySize: e.decodedBodySize })))
  await context.close()
  return { fcp, jsBeforeFcp: jsBytesBefore(entries, fcp) }
}

// Scrolls the whole article with the mouse wheel, as a reader would, recording long tasks.
async function readingScroll(browser, url) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(`${url}${ARTICLE_PATH}`, { waitUntil: 'networkidle' })
  await page.locator('.reading-view').waitFor()
  await page.waitForTimeout(1500)
  const start = await page.evaluate(() => performance.now())
  let stops = 0
  for (; stops < 2000; stops++) {
    const before = await page.evaluate(() => scrollY)
    await page.mouse.move(195, 600)
    await page.mouse.wheel(0, 420)
    await page.waitForTimeout(60)
    if (await page.evaluate(y => scrollY <= y || scrollY + innerHeight >= document.documentElement.scrollHeight - 1, before))
      break
  }
  await page.waitForTimeout(1000)
  const tasks = await page.evaluate(t0 => window.__bench.longTasks.filter(t => t.start >= t0).map(t => t.duration), start)
  await context.close()
  return { stops, tasks }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const parsed = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  const slideCount = parsed.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled).length
  const bareRoot = join(work, 'bare')
  mkdirSync(bareRoot)
  symlinkSync(join(ROOT, 'node_modules'), join(bareRoot, 'node_modules'), 'dir')
  writeFileSync(join(bareRoot, 'slides.md'), bareSlidesMd(slideCount))
  writeFileSync(join(bareRoot, 'package.json'), JSON.stringify({ name: 'bare-slidev-bench', private: true, type: 'module' }))
  log(`work folder ${work}; ${slideCount} slides`)

  const decks = {
    ours: { dist: join(work, 'ours-dist') },
    bare: { dist: join(work, 'bare-dist') },
  }
  const m = { ours: {}, bare: {} }
  // Ours is built as `npm run build` builds it (the slides, both PDFs, the article at read/ and
  // the chart pages); the bare deck with the same Slidev flags (hash router, PDF bundled).
  m.ours.buildS = timed('build ours', ROOT, [join(ROOT, 'scripts/build.mjs'), '--base', BASE, '--out', decks.ours.dist])
  // The bare build renders its PDF on Slidev's fixed port: take turns with any other build.
  const release = await acquireRenderLock()
  try {
    m.bare.buildS = timed('build bare', bareRoot, [slidevBin, 'build', 'slides.md', '--router-mode', 'hash', '--base', BASE, '--out', decks.bare.dist, '--executable-path', executablePath])
  }
  finally {
    release()
  }
  for (const [name, d] of Object.entries(decks)) {
    Object.assign(m[name], bundleSizes(d.dist))
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
  await readingLoadRun(browser, servers.ours.url) // warm-up
  for (let i = 0; i < RUNS; i++)
    reading.push(await readingLoadRun(browser, servers.ours.url))
  const scroll = await readingScroll(browser, servers.ours.url)
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
    const walk = await clickWalk(browser, servers[name].url)
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
    // Same Slidev export for both; a failed export is reported, not allowed to lose the figures above.
    const roots = { ours: ROOT, bare: bareRoot }
    for (const name of ['ours', 'bare']) {
      const releaseExport = await acquireRenderLock()
      try {
        m[name].pdfS = timed(`export ${name}`, roots[name], [slidevBin, 'export', 'slides.md', '--output', join(work, `${name}.pdf`), '--timeout', '60000', '--executable-path', executablePath])
      }
      catch (error) {
        log(error.message)
      }
      finally {
        releaseExport()
      }
    }
  }

  const report = render(m, { slideCount })
  console.log(report)
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench-results', 'latest.md'), report)
  log(`wrote ${relative(ROOT, join(ROOT, 'bench-results', 'latest.md'))}`)
  if (KEEP)
    log(`kept ${work}`)
  else
    rmSync(work, { recursive: true, force: true })
}

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

function render(m, { slideCount }) {
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
    row(`First contentful paint (median of ${RUNS})`, m.ours.fcpMs, m.bare.fcpMs, fmtMs),
    row(`Slide 1 visible (median of ${RUNS})`, m.ours.slideVisibleMs, m.bare.slideVisibleMs, fmtMs),
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
  const deltas = chunkDeltas(m.ours.jsFiles, m.bare.jsFiles).map(d => [`\`${d.name}\``, fmtBytes(d.ours), fmtBytes(d.bare), `+${fmtBytes(d.delta)}`])
  const busy = loadavg()[0] > cpus().length
    ? `\n> **Busy machine:** load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs while measuring, so times and long tasks are inflated for both decks; ratios are the fairer reading. Rerun on a quiet machine.\n`
    : ''
  const chromiumVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown'
  return [
    `# Benchmark: this deck vs bare Slidev ${slidevVersion}`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${chromiumVersion} · ${cpus().length} CPUs, load average ${loadavg().map(l => l.toFixed(1)).join(' / ')} at the end`,
    '',
    `Both decks: ${slideCount} slides, router mode hash, base ${BASE}, fonts provider none, theme default, monaco/twoslash/drawings off, PDF bundled.`,
    `The bare deck is plain text (an h1 and a line per slide) using this repo's node_modules. Served by sirv on loopback, gzipped (level 9, precompressed);`,
    `headless Chromium, fresh context per run, 1280×720; load figures are medians of ${RUNS} alternating runs after one warm-up each.`,
    `The click walk presses ArrowRight through every slide and click, ${STEP_PAUSE_MS} ms apart. 1 KB = 1024 bytes; gzip level 9.`,
    busy,
    markdownTable(['Figure', 'This deck', 'Bare Slidev', 'Ratio'], rows),
    '',
    `## The article (${ARTICLE_PATH}, 390×844, the site root on a phone)`,
    '',
    `The article loads at the site root (a narrow screen lands in it), medians of ${RUNS} runs after one warm-up; the scroll`,
    `walk turns the mouse wheel 420 px at a time, 60 ms apart, from the top of the article to its end. The slide view column`,
    `repeats this deck's figures from the table above (JS there: fetched before slide 1 is visible).`,
    '',
    markdownTable(['Figure', 'Reading view', 'Slide view', 'Ratio'], readingRows),
    '',
    `## Lighthouse, mobile preset (the article at ${ARTICLE_PATH} under the base vs the bare deck's root)`,
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION}, default (mobile) config, performance only: medians of ${LIGHTHOUSE_RUNS} alternating runs.`,
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
    '## Where the added JS is (gzip, by chunk name without hash; largest growth first)',
    '',
    markdownTable(['Chunk', 'This deck', 'Bare Slidev', 'Added'], deltas),
    '',
  ].join('\n')
}

if (!existsSync(join(ROOT, 'node_modules')) || !statSync(join(ROOT, 'node_modules')).isDirectory()) {
  console.error('bench: run `npm install` first')
  process.exit(1)
}
await main()
