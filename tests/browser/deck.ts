/**
 * Shared plumbing for browser tests: launch Debian's Chromium through playwright-core, open a
 * deck page while recording every console error, page error, failed request and request to
 * another host, and step through the deck with the keyboard.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/chromium.mjs'

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

/** A fresh context and page that records everything a reader would see go wrong. */
export async function openTracked(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
  const page = await context.newPage()
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.consoleErrors.push(msg.text())
  })
  page.on('pageerror', err => problems.pageErrors.push(err.message))
  page.on('requestfailed', req => problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`))
  page.on('response', (res) => {
    if (res.status() >= 400)
      problems.failedRequests.push(`${res.url()} (${res.status()})`)
  })
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url)
  })
  return { page, problems, close: () => context.close() }
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
 * slide and click state. Returns the states in order.
 */
export async function walkDeck(page: Page, deckUrl: string, visit?: (stop: WalkStop) => Promise<void>): Promise<WalkStop[]> {
  await page.goto(`${deckUrl}#/1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1').waitFor()
  const stops: WalkStop[] = []
  for (let guard = 0; guard < 500; guard++) {
    const stop = positionOf(page.url())
    stops.push(stop)
    if (visit)
      await visit(stop)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    // The router updates the hash synchronously after the key handler; give Vue a frame.
    await page.waitForFunction(prev => location.href !== prev, before, { timeout: 1500 }).catch(() => {})
    if (page.url() === before)
      return stops
  }
  throw new Error('walkDeck: more than 500 steps; is navigation looping?')
}
