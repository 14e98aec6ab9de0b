// The bench's page probes in Chromium: the slide view's load run and click walk, the reading view's load and scroll.
import { jsBytesBefore } from './bench-sizes.mjs'

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

export async function loadRun(browser, url) {
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

// ArrowRight from slide 1 to the end, pausing `stepPauseMs` at each stop; returns the stops and long tasks.
export async function clickWalk(browser, url, stepPauseMs) {
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
    await page.waitForTimeout(stepPauseMs)
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
// the article (`articlePath`, e.g. read/) on a 390 px screen. FCP, and the script fetched before it.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 }

export async function readingLoadRun(browser, url, articlePath) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench.fcp !== undefined && document.querySelector('.reading-view'), undefined, { timeout: 30_000 })
  if (!new URL(page.url()).pathname.endsWith(`/${articlePath}`))
    throw new Error(`article: ${url} at 390×844 opened ${page.url()}, not ${articlePath}`)
  const fcp = await page.evaluate(() => window.__bench.fcp)
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map(e => ({ name: e.name, responseEnd: e.responseEnd, decodedBodySize: e.decodedBodySize })))
  await context.close()
  return { fcp, jsBeforeFcp: jsBytesBefore(entries, fcp) }
}

// Scrolls the whole article with the mouse wheel, as a reader would, recording long tasks.
export async function readingScroll(browser, url, articlePath) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(pageProbe)
  await page.goto(`${url}${articlePath}`, { waitUntil: 'networkidle' })
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
