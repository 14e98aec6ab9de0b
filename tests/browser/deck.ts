/**
 * Shared plumbing for browser and export tests: launch a local Chromium through playwright-core,
 * open a deck page while recording everything a reader would see go wrong, step through the deck
 * with the keyboard, and read what the deck should contain (its slides, its charts' specs).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-chromium'
import type { ChartSpec } from '../../data/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/chromium.mjs'
import { loadCharts } from '../../setup/chart-modules'
import { vClickCount } from '../tooling/slides-text'

export const ROOT = resolve(import.meta.dirname, '../..')

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath)
    throw new Error(NO_CHROMIUM_MESSAGE)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  failedRequests: string[]
  foreignRequests: string[]
}

export interface TrackedPage {
  page: Page
  problems: PageProblems
  close: () => Promise<void>
}

// Schemes that never leave the machine.
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:']

/** A fresh context and page that records everything a reader would see go wrong. */
export async function openTracked(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
  const page = await context.newPage()
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.consoleErrors.push(`${msg.text()} @ ${page.url()}`)
  })
  page.on('pageerror', err => problems.pageErrors.push(`${err.message} @ ${page.url()}`))
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the page itself cancelling (a reload while slides preload); missing files show as 4xx below.
    const reason = req.failure()?.errorText ?? ''
    if (reason !== 'net::ERR_ABORTED')
      problems.failedRequests.push(`${req.url()} (${reason})`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400)
      problems.failedRequests.push(`${res.url()} (${res.status()})`)
  })
  page.on('request', (req) => {
    const url = req.url()
    if (!LOCAL_SCHEMES.some(s => url.startsWith(s)) && new URL(url).origin !== origin)
      problems.foreignRequests.push(url)
  })
  return { page, problems, close: () => context.close() }
}

/** Every recorded problem, one per line, or '' when the page was clean. */
export function describeProblems(problems: PageProblems): string {
  return Object.entries(problems)
    .flatMap(([kind, list]: [string, string[]]) => list.map(item => `${kind}: ${item}`))
    .join('\n')
}

/** Slide number and click count from a hash-router URL such as …/#/5?clicks=2. */
export function positionOf(url: string): { slide: number, clicks: number } {
  const hash = new URL(url).hash
  const match = /^#\/(\d+)(?:\?(.*))?$/.exec(hash)
  if (!match)
    return { slide: 1, clicks: 0 }
  const clicks = Number(new URLSearchParams(match[2] ?? '').get('clicks') ?? 0)
  return { slide: Number(match[1]), clicks }
}

export interface WalkStop {
  slide: number
  clicks: number
}

/**
 * Presses ArrowRight from the first slide until the URL stops changing, calling `visit` at every
 * slide and click state. One page, no reloads. Returns the states in order.
 */
export async function walkDeck(page: Page, deckUrl: string, visit?: (stop: WalkStop) => Promise<void>): Promise<WalkStop[]> {
  await page.goto(`${deckUrl}#/1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1').waitFor()
  const stops: WalkStop[] = []
  for (let guard = 0; guard < 1000; guard++) {
    const stop = positionOf(page.url())
    stops.push(stop)
    if (visit)
      await visit(stop)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    // The router updates the hash right after the key handler; only the last press times out.
    await page.waitForFunction(prev => location.href !== prev, before, { timeout: 1500 }).catch(() => {})
    if (page.url() === before)
      return stops
  }
  throw new Error('walkDeck: more than 1000 steps; is navigation looping?')
}

export interface SlideInfo {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  /** The `clicks:` frontmatter, when the slide declares it. */
  clicks?: number
  /**
   * The last click the markdown promises: `clicks:`, else the count of plain v-click builds
   * (the rule notes.test.ts holds the notes to). Undefined when builds are positioned without
   * `clicks:`. A walk can check it against the clicks it really reaches.
   */
  lastClick?: number
  /** The slide uses a chart component (`<SomethingChart …>`, or any component driven by `:step="$clicks"`). */
  hasChart: boolean
  file: string
}

/** The deck's slides as Slidev's own parser sees them (src: imports resolved; hidden slides left out). */
export async function loadSlides(): Promise<SlideInfo[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, 'slides.md'))
  return data.slides.map((slide, i) => {
    const clicks = typeof slide.frontmatter.clicks === 'number' ? slide.frontmatter.clicks : undefined
    return {
      no: i + 1,
      title: slide.title ?? '',
      clicks,
      lastClick: clicks ?? vClickCount(slide.source.raw.replace(/\r\n?/g, '\n')) ?? undefined,
      hasChart: /<[A-Z]\w*Chart\b|<[A-Z]\w*\b[^>]*\s:step="\$clicks"/.test(slide.content),
      file: (slide.source.filepath ?? '').slice(ROOT.length + 1),
    }
  })
}

/**
 * Every chart's `ChartSpec`, by chart id: the definitions in lib/charts/ as the CSV plugin loads
 * them (setup/chart-modules.ts), so a new definition file is walked and print-checked unasked.
 */
export function loadChartSpecs(root = ROOT): Map<string, ChartSpec> {
  return new Map(loadCharts(root).map(c => [c.id, c.spec]))
}

export interface ChartReading {
  chartId: string
  shown: number
}

/** Revealed marks of every chart inside `scope` (a CSS selector), in document order. */
export async function readCharts(page: Page, scope: string): Promise<ChartReading[]> {
  return page.locator(`${scope} svg[data-chart]`).evaluateAll(svgs => svgs.map(svg => ({
    chartId: svg.getAttribute('data-chart') ?? '',
    shown: svg.querySelectorAll('.mark[data-shown="true"]').length,
  })))
}

/**
 * Waits until every chart inside `scope` shows its expected number of marks and its markup has
 * stopped changing for `quietMs` (a tween rewrites attributes every frame, so a still SVG has
 * reached its end state), then reads them. Charts missing from `expected` are read as they are.
 * On timeout it reads whatever is shown, so the caller reports the mismatch.
 */
export async function settleCharts(page: Page, scope: string, expected: Record<string, number>, quietMs = 200, timeout = 5000): Promise<ChartReading[]> {
  if (await page.locator(`${scope} svg[data-chart]`).count() > 0) {
    await page.waitForFunction(({ scope, expected, quietMs }) => {
      // A new stop (URL or scope) restarts the clock even when the markup looks the same.
      const key = `${location.href} ${scope}`
      const w = window as unknown as { __settle?: { key: string, markup: string, since: number } }
      const svgs = [...document.querySelectorAll(`${scope} svg[data-chart]`)]
      const markup = svgs.map(svg => svg.outerHTML).join('\n')
      const now = performance.now()
      if (w.__settle?.key !== key || w.__settle.markup !== markup)
        w.__settle = { key, markup, since: now }
      const matches = svgs.every((svg) => {
        const id = svg.getAttribute('data-chart') ?? ''
        return !(id in expected) || svg.querySelectorAll('.mark[data-shown="true"]').length === expected[id]
      })
      return matches && now - w.__settle.since >= quietMs
    }, { scope, expected, quietMs }, { timeout }).catch(() => {})
  }
  return readCharts(page, scope)
}

/** Text of every h1 inside `scope` that a reader can see (rendered, not hidden by a click or CSS). */
export async function visibleHeadlines(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} h1`).evaluateAll(nodes => nodes
    .filter((node) => {
      const el = node as HTMLElement
      const style = getComputedStyle(el)
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0
    })
    .map(node => (node.textContent ?? '').trim()))
}
