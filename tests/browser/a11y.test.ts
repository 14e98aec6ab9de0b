/**
 * Accessibility of the built deck (served under /deck/), in one browser, two passes:
 *
 * 1. Light scheme, reduced motion: one keyboard walk through every slide and click.
 *    - No chart tweens: each chart's marks right after the key press are the same LATER_MS later.
 *    - At every slide's last click, axe-core with all its rules on the slide: no serious or
 *      critical violation, and an h1. The last click comes from the markdown (`clicks:` or the
 *      v-click count, see SlideInfo.lastClick) and is checked against the clicks the walk reaches.
 *    - Slidev's own controls (nav bar, dialogs), all rules, after the repairs in setup/a11y.ts.
 * 2. Dark scheme, reduced motion: each slide opened at its last click by deep link, and the
 *    controls, with axe's colour-contrast rule only: the scheme changes colours, not structure,
 *    names or roles, which the light pass has checked.
 *
 * Why reduced motion for the axe runs: the deck's reduced-motion CSS and useMotion only set
 * durations to zero, so axe sees the end state a reader with motion sees once it settles,
 * without waiting for tweens. (tests/browser/walk.test.ts walks with motion on.)
 * Remaining minor findings are printed for the README.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { AxeFinding } from './a11y-helpers'
import type { SlideInfo, TrackedPage, WalkStop } from './deck'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { afterPaint, cssSettled, describeFinding, isBlocking, lastClicks, readMarkGeometry, runAxe } from './a11y-helpers'
import { describeProblems, launchChromium, loadSlides, openTracked, positionOf, walkDeck } from './deck'

// Our tweens run 700–900 ms: a chart still moving 400 ms after the key press would differ by then.
const LATER_MS = 400
// A walk of the whole deck with axe at every slide, then a deep-link pass: minutes, not seconds.
const PASS_TIMEOUT_MS = 600_000
const CONTRAST = ['color-contrast']

interface SlideAudit extends WalkStop {
  h1: number
  findings: AxeFinding[]
}

interface Moved {
  at: string
  chart: string
  before: string
  after: string
}

interface PageFacts {
  htmlClass: string
  lang: string
}

/** Waits for slide `no` to be on screen, loaded, and its CSS transitions over. */
async function slideReady(page: Page, no: number): Promise<string> {
  const scope = `.slidev-page-${no}`
  await page.locator(scope).waitFor({ state: 'visible' })
  await page.locator(`${scope} .slidev-slide-loading`).waitFor({ state: 'detached' })
  return scope
}

/** Slidev's chrome on the first slide, without any slide's content. */
async function auditControls(page: Page, deckUrl: string, rules?: string[]): Promise<AxeFinding[]> {
  await page.goto(`${deckUrl}#/1`, { waitUntil: 'networkidle' })
  await slideReady(page, 1)
  await cssSettled(page)
  return runAxe(page, { exclude: ['.slidev-page'], rules })
}

function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => ({ htmlClass: document.documentElement.className, lang: document.documentElement.lang }))
}

function printMinor(label: string, audits: SlideAudit[], controls: AxeFinding[]): void {
  for (const s of audits) {
    for (const f of s.findings.filter(f => !isBlocking(f)))
      console.info(describeFinding(`${label} #/${s.slide}?clicks=${s.clicks}`, f))
  }
  for (const f of controls)
    console.info(describeFinding(`${label} Slidev controls`, f))
}

let browser: Browser
let slides: SlideInfo[]

beforeAll(async () => {
  browser = await launchChromium()
  slides = await loadSlides()
})

afterAll(async () => {
  await browser?.close()
})

describe('light scheme, reduced motion: one keyboard walk', () => {
  let tracked: TrackedPage
  let stops: WalkStop[] = []
  let facts: PageFacts
  let controls: AxeFinding[] = []
  const audits: SlideAudit[] = []
  const moved: Moved[] = []
  let chartStops = 0

  beforeAll(async () => {
    tracked = await openTracked(browser, inject('deckOrigin'), { colorScheme: 'light', reducedMotion: 'reduce' })
    const { page } = tracked
    const deckUrl = inject('deckUrl')
    const last = new Map(slides.map(s => [s.no, s.lastClick]))
    stops = await walkDeck(page, deckUrl, async ({ slide, clicks }) => {
      const scope = await slideReady(page, slide)
      await afterPaint(page)
      const now = await readMarkGeometry(page, scope)
      const readAt = Date.now()
      if (last.get(slide) === clicks) {
        await cssSettled(page)
        audits.push({ slide, clicks, h1: await page.locator(`${scope} h1`).count(), findings: await runAxe(page, { include: scope }) })
      }
      if (Object.keys(now).length === 0)
        return
      chartStops++
      // The axe run above counts towards the wait: only the rest of LATER_MS is slept.
      await page.waitForTimeout(Math.max(0, LATER_MS - (Date.now() - readAt)))
      const later = await readMarkGeometry(page, scope)
      for (const chart of new Set([...Object.keys(now), ...Object.keys(later)])) {
        const a = now[chart] ?? []
        const b = later[chart] ?? []
        const i = Array.from({ length: Math.max(a.length, b.length) }, (_, k) => k).find(k => a[k] !== b[k])
        if (i !== undefined)
          moved.push({ at: `#/${slide}?clicks=${clicks}`, chart, before: `mark ${i}: ${a[i]}`, after: `mark ${i}: ${b[i]}` })
      }
    })
    controls = await auditControls(page, deckUrl)
    facts = await pageFacts(page)
    printMinor('light', audits, controls)
  }, PASS_TIMEOUT_MS)

  afterAll(async () => {
    await tracked?.close()
  })

  it('renders in the light scheme and declares the page language', () => {
    expect(facts.htmlClass.split(/\s+/)).not.toContain('dark')
    expect(facts.lang).toBe('en')
  })

  it('audits every slide at the last click the walk reaches', () => {
    const reached = lastClicks(stops)
    expect([...reached.keys()], `slides walked (slides.md has ${slides.length})`).toEqual(slides.map(s => s.no))
    const wrong = slides
      .filter(s => reached.get(s.no) !== s.lastClick)
      .map(s => `slide ${s.no} (${s.file}): the markdown's last click is ${s.lastClick ?? 'unknown'} but the walk reached ${reached.get(s.no)}; the audit missed its end state`)
    expect(wrong).toEqual([])
    expect(audits.map(a => a.slide)).toEqual(slides.map(s => s.no))
  })

  it('has an h1 on every slide at its last click', () => {
    expect(audits.filter(s => s.h1 < 1).map(s => `#/${s.slide}?clicks=${s.clicks} has no h1`)).toEqual([])
  })

  it('has no serious or critical axe violation in any slide at its last click', () => {
    const blocking = audits.flatMap(s => s.findings.filter(isBlocking).map(f => describeFinding(`#/${s.slide}?clicks=${s.clicks}`, f)))
    expect(blocking).toEqual([])
  })

  it('has no serious or critical axe violation in Slidev\'s own controls', () => {
    expect(controls.filter(isBlocking).map(f => describeFinding('Slidev controls', f))).toEqual([])
  })

  it('finds charts to check for motion', () => {
    expect(chartStops).toBeGreaterThan(0)
  })

  it('shows each chart\'s end state right after the key press, with no tween', () => {
    expect(moved.map(m => `${m.at} ${m.chart} moved\n  then ${m.before}\n  ${LATER_MS} ms later ${m.after}`)).toEqual([])
  })

  it('raises no console error, page error, failed request or request to another host', () => {
    expect(describeProblems(tracked.problems)).toBe('')
  })
})

describe('dark scheme: colour contrast of every slide at its last click', () => {
  let tracked: TrackedPage
  let facts: PageFacts
  let controls: AxeFinding[] = []
  const audits: SlideAudit[] = []
  const misplaced: string[] = []

  beforeAll(async () => {
    tracked = await openTracked(browser, inject('deckOrigin'), { colorScheme: 'dark', reducedMotion: 'reduce' })
    const { page } = tracked
    const deckUrl = inject('deckUrl')
    controls = await auditControls(page, deckUrl, CONTRAST)
    facts = await pageFacts(page)
    // Hash changes only: one page load, each slide opened the way a shared link opens it.
    for (const { no, lastClick = 0 } of slides) {
      const target = `${deckUrl}#/${no}${lastClick ? `?clicks=${lastClick}` : ''}`
      await page.goto(target)
      const scope = await slideReady(page, no)
      await cssSettled(page)
      const at = positionOf(page.url())
      if (at.slide !== no || at.clicks !== lastClick)
        misplaced.push(`${target} landed on #/${at.slide}?clicks=${at.clicks}`)
      audits.push({ slide: no, clicks: lastClick, h1: 0, findings: await runAxe(page, { include: scope, rules: CONTRAST }) })
    }
    printMinor('dark', audits, controls)
  }, PASS_TIMEOUT_MS)

  afterAll(async () => {
    await tracked?.close()
  })

  it('renders in the dark scheme', () => {
    expect(facts.htmlClass.split(/\s+/)).toContain('dark')
  })

  it('opens every slide at its last click', () => {
    expect(audits.length).toBe(slides.length)
    expect(misplaced).toEqual([])
  })

  it('has no serious or critical contrast violation in any slide at its last click', () => {
    const blocking = audits.flatMap(s => s.findings.filter(isBlocking).map(f => describeFinding(`#/${s.slide}?clicks=${s.clicks}`, f)))
    expect(blocking).toEqual([])
  })

  it('has no serious or critical contrast violation in Slidev\'s own controls', () => {
    expect(controls.filter(isBlocking).map(f => describeFinding('Slidev controls', f))).toEqual([])
  })

  it('raises no console error, page error, failed request or request to another host', () => {
    expect(describeProblems(tracked.problems)).toBe('')
  })
})
