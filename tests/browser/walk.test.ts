/**
 * Presents the built deck (served under /deck/) the way a speaker does: ArrowRight through every
 * slide and click in one page, with motion on. At every stop the current slide must show exactly
 * one h1, and each chart must settle on the number of marks its ChartSpec promises for that click.
 * The whole walk must raise no console error, page error, failed request or request to another host.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { SlideInfo, TrackedPage, WalkStop } from './deck'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeProblems, launchChromium, loadChartSpecs, loadSlides, openTracked, settleCharts, visibleHeadlines, walkDeck } from './deck'

// A chart has settled once its marks match and its SVG has not changed for this long: a running
// tween rewrites it every frame, so this is the end state, not a moment mid-animation.
const QUIET_MS = 200
const CHART_TIMEOUT_MS = 5000

/**
 * The visible h1s once the slide has come in: a slide's transition can still hold its headline at
 * opacity 0 for a frame on a loaded machine, so a count other than one is read again for up to
 * CHART_TIMEOUT_MS before it is reported.
 */
async function settledHeadlines(page: Page, scope: string): Promise<string[]> {
  const until = performance.now() + CHART_TIMEOUT_MS
  let headlines = await visibleHeadlines(page, scope)
  while (headlines.length !== 1 && performance.now() < until) {
    await page.waitForTimeout(100)
    headlines = await visibleHeadlines(page, scope)
  }
  return headlines
}

interface StopReport extends WalkStop {
  headlines: string[]
  charts: { chartId: string, shown: number, expected?: number }[]
}

describe('walking the built deck with the keyboard', () => {
  const specs = loadChartSpecs()
  let slides: SlideInfo[]
  let browser: Browser
  let tracked: TrackedPage
  const reports: StopReport[] = []

  beforeAll(async () => {
    slides = await loadSlides()
    browser = await launchChromium()
    tracked = await openTracked(browser, inject('deckOrigin'))
    const { page } = tracked
    await walkDeck(page, inject('deckUrl'), async (stop) => {
      const scope = `.slidev-page-${stop.slide}`
      await page.locator(scope).waitFor({ state: 'visible' })
      await page.locator(`${scope} .slidev-slide-loading`).waitFor({ state: 'detached' })
      const expected = Object.fromEntries([...specs].map(([id, spec]) => [id, spec.marksAtStep(stop.clicks)]))
      const charts = (await settleCharts(page, scope, expected, QUIET_MS, CHART_TIMEOUT_MS)).map(c => ({ ...c, expected: expected[c.chartId] }))
      reports.push({ ...stop, headlines: await settledHeadlines(page, scope), charts })
    })
  })

  afterAll(async () => {
    await tracked?.close()
    await browser?.close()
  })

  it('raises no console error, page error, failed request or request to another host', () => {
    expect(describeProblems(tracked.problems), 'problems seen during the walk').toBe('')
  })

  it('visits every slide of slides.md in order, and every click a slide declares', () => {
    const visited = [...new Set(reports.map(r => r.slide))]
    expect(visited, `slides visited (slides.md has ${slides.length})`).toEqual(slides.map(s => s.no))
    const clickGaps = slides
      .filter(s => s.clicks !== undefined)
      .map(s => ({ slide: s, reached: Math.max(...reports.filter(r => r.slide === s.no).map(r => r.clicks)) }))
      .filter(({ slide, reached }) => reached !== slide.clicks)
      .map(({ slide, reached }) => `slide ${slide.no} (${slide.file}) declares clicks: ${slide.clicks} but the walk reached ${reached}`)
    expect(clickGaps).toEqual([])
  })

  it('shows exactly one h1 headline at every stop', () => {
    const wrong = reports
      .filter(r => r.headlines.length !== 1)
      .map(r => `#/${r.slide}?clicks=${r.clicks}: ${r.headlines.length} visible h1 ${JSON.stringify(r.headlines)}`)
    expect(wrong).toEqual([])
  })

  it('every chart on screen has a ChartSpec and shows marksAtStep(clicks) marks', () => {
    const wrong = reports.flatMap(r => r.charts
      .filter(c => c.expected === undefined || c.shown !== c.expected)
      .map(c => c.expected === undefined
        ? `#/${r.slide}?clicks=${r.clicks}: svg[data-chart="${c.chartId}"] has no chart definition in lib/charts/`
        : `#/${r.slide}?clicks=${r.clicks}: chart "${c.chartId}" shows ${c.shown} marks, its spec says ${c.expected}`))
    expect(wrong).toEqual([])
  })

  it('every ChartSpec is on a slide whose clicks reach all of its steps', () => {
    const wrong = [...specs.values()].flatMap((spec) => {
      const stops = reports.filter(r => r.charts.some(c => c.chartId === spec.chartId))
      if (stops.length === 0)
        return [`chart "${spec.chartId}" (lib/charts/) never appears on a slide`]
      const reached = Math.max(...stops.map(r => r.clicks))
      return reached < spec.steps - 1
        ? [`chart "${spec.chartId}" has ${spec.steps} steps but its slide stops at clicks=${reached} (declare clicks: ${spec.steps - 1})`]
        : []
    })
    expect(wrong).toEqual([])
  })
})
