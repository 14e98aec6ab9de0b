/**
 * A shared link such as …/#/7?clicks=1 must open that slide at that click, also after a reload,
 * showing what the speaker's keyboard shows there. And the deck must work at any base: the suite's
 * main build lives under /deck/; the site `npm run export` renders from is built for the root base
 * / (see global-setup.ts), and is served at / and opened the same way.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { SlideInfo } from './deck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildError } from './built'
import { describeProblems, launchChromium, loadChartSpecs, loadSlides, openTracked, positionOf, settleCharts, visibleHeadlines } from './deck'

interface SlideState {
  slide: number
  clicks: number
  /** v-click targets currently revealed on the slide. */
  revealed: number
  charts: { chartId: string, shown: number }[]
  headlines: string[]
}

const specs = loadChartSpecs()

/** The expected mark count of every known chart at `clicks`. */
function expectedMarks(clicks: number): Record<string, number> {
  return Object.fromEntries([...specs].map(([id, spec]) => [id, spec.marksAtStep(clicks)]))
}

async function readState(page: Page, slide: number, clicks: number): Promise<SlideState> {
  const scope = `.slidev-page-${slide}`
  await page.locator(scope).waitFor({ state: 'visible' })
  await page.locator(`${scope} .slidev-slide-loading`).waitFor({ state: 'detached' })
  const charts = await settleCharts(page, scope, expectedMarks(clicks))
  return {
    ...positionOf(page.url()),
    revealed: await page.locator(`${scope} .slidev-vclick-target:not(.slidev-vclick-hidden)`).count(),
    charts,
    headlines: await visibleHeadlines(page, scope),
  }
}

/** Opens the deep link fresh, reloads it, and reads where it landed. */
async function openDeepLink(page: Page, deckUrl: string, slide: number, clicks: number): Promise<SlideState> {
  await page.goto(`${deckUrl}#/${slide}?clicks=${clicks}`, { waitUntil: 'networkidle' })
  await page.reload({ waitUntil: 'networkidle' })
  return readState(page, slide, clicks)
}

/** Reaches the same state as a speaker would: slide start (a hash change, no reload), then ArrowRight `clicks` times. */
async function openByKeyboard(page: Page, deckUrl: string, slide: number, clicks: number): Promise<SlideState> {
  await page.goto(`${deckUrl}#/${slide}`)
  await page.locator(`.slidev-page-${slide}`).waitFor({ state: 'visible' })
  for (let i = 0; i < clicks; i++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(prev => location.href !== prev, before, { timeout: 1500 }).catch(() => {})
  }
  return readState(page, slide, clicks)
}

/**
 * A few slides with click builds, each at a click in the middle of its build (not 0, not always the
 * end): the first with a chart, the first without one, and the last. A reload costs seconds, so not all.
 */
function clickTargets(slides: SlideInfo[]): { slide: SlideInfo, clicks: number }[] {
  const withClicks = slides.filter(s => (s.clicks ?? 0) >= 1)
  const picks = new Set([withClicks.find(s => s.hasChart), withClicks.find(s => !s.hasChart), withClicks.at(-1)])
  return [...picks]
    .filter((s): s is SlideInfo => s !== undefined)
    .map(s => ({ slide: s, clicks: Math.max(1, Math.floor(s.clicks! / 2)) }))
}

/** Script and stylesheet URLs in a built index.html. */
function assetUrls(dist: string): string[] {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8')
  return [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map(m => m[1]!)
}

describe('deep links', () => {
  let browser: Browser
  let slides: SlideInfo[]

  beforeAll(async () => {
    slides = await loadSlides()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('the deck has at least one slide with click builds to link to', () => {
    expect(clickTargets(slides).length).toBeGreaterThan(0)
  })

  it('#/<n>?clicks=<m> lands on that slide at that click after a reload, as the keyboard would', async () => {
    const tracked = await openTracked(browser, inject('deckOrigin'))
    try {
      const wrong: string[] = []
      for (const { slide, clicks } of clickTargets(slides)) {
        const linked = await openDeepLink(tracked.page, inject('deckUrl'), slide.no, clicks)
        const walked = await openByKeyboard(tracked.page, inject('deckUrl'), slide.no, clicks)
        const expected = expectedMarks(clicks)
        const label = `#/${slide.no}?clicks=${clicks} (${slide.file})`
        if (linked.slide !== slide.no || linked.clicks !== clicks)
          wrong.push(`${label}: landed on #/${linked.slide}?clicks=${linked.clicks}`)
        if (walked.slide !== slide.no || walked.clicks !== clicks)
          wrong.push(`${label}: the keyboard reached #/${walked.slide}?clicks=${walked.clicks} instead`)
        if (linked.revealed !== walked.revealed)
          wrong.push(`${label}: ${linked.revealed} v-click targets revealed, the keyboard reveals ${walked.revealed}`)
        if (JSON.stringify(linked.charts) !== JSON.stringify(walked.charts))
          wrong.push(`${label}: charts ${JSON.stringify(linked.charts)}, the keyboard shows ${JSON.stringify(walked.charts)}`)
        for (const c of linked.charts.filter(c => c.chartId in expected && c.shown !== expected[c.chartId]))
          wrong.push(`${label}: chart "${c.chartId}" shows ${c.shown} marks, its spec says ${expected[c.chartId]}`)
      }
      expect(wrong).toEqual([])
      expect(describeProblems(tracked.problems)).toBe('')
    }
    finally {
      await tracked.close()
    }
  })

  it('the /deck/ build loads its scripts and styles from under /deck/', () => {
    const urls = assetUrls(inject('deckDist'))
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.filter(u => !u.startsWith('/deck/') && !u.startsWith('./'))).toEqual([])
  })

  describe('built for the root base /', () => {
    it('opens the first slide and a deep link with no errors and no requests elsewhere', async () => {
      expect(await buildError('export'), 'the root-base site comes from `npm run export`').toBe('')
      const urls = assetUrls(inject('rootDist'))
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.filter(u => !(u.startsWith('/') || u.startsWith('./')) || u.startsWith('/deck/'))).toEqual([])
      const tracked = await openTracked(browser, inject('rootOrigin'))
      try {
        await tracked.page.goto(`${inject('rootUrl')}#/1`, { waitUntil: 'networkidle' })
        const first = await readState(tracked.page, 1, 0)
        expect(first.headlines).toHaveLength(1)
        const [target] = clickTargets(slides)
        const linked = await openDeepLink(tracked.page, inject('rootUrl'), target!.slide.no, target!.clicks)
        expect({ slide: linked.slide, clicks: linked.clicks }).toEqual({ slide: target!.slide.no, clicks: target!.clicks })
        expect(linked.headlines).toHaveLength(1)
        const pdf = await tracked.page.request.get(`${inject('rootUrl')}deepseek-sputnik-moment.pdf`)
        expect(pdf.status(), 'the bundled PDF at the root').toBe(200)
        expect(describeProblems(tracked.problems)).toBe('')
      }
      finally {
        await tracked.close()
      }
    })
  })
})
