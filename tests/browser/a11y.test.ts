/**
 * axe-core on every slide of the built deck at its last click, in light and in dark: no serious
 * or critical violation in the deck's own content (colour contrast included), `lang` set, an h1
 * on every slide. Slidev's own controls are checked apart, after the repairs in setup/a11y.ts;
 * their remaining minor findings are printed for the README.
 */
import type { Browser } from 'playwright-chromium'
import type { AxeFinding } from './a11y-helpers'
import type { TrackedPage } from './deck'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cssSettled, describeFinding, isBlocking, lastClicks, marksSettled, runAxe } from './a11y-helpers'
import { launchChromium, openTracked, walkDeck } from './deck'

// Two walks of the whole deck with axe at every slide: far longer than the default hook timeout.
const AUDIT_TIMEOUT_MS = 900_000

interface SlideAudit {
  slide: number
  clicks: number
  h1: number
  findings: AxeFinding[]
}

interface SchemeAudit {
  htmlClass: string
  lang: string
  slides: SlideAudit[]
  chrome: AxeFinding[]
}

// Each slide's last click, found by one keyboard walk shared by both schemes.
let lastClicksOnce: Promise<Map<number, number>> | undefined

async function audit(tracked: TrackedPage, scheme: 'light' | 'dark'): Promise<SchemeAudit> {
  const { page } = tracked
  const deckUrl = inject('deckUrl')
  lastClicksOnce ??= walkDeck(page, deckUrl).then(lastClicks)
  const last = await lastClicksOnce
  const slides: SlideAudit[] = []
  await walkDeck(page, deckUrl, async ({ slide, clicks }) => {
    if (last.get(slide) !== clicks)
      return
    const scope = `.slidev-page-${slide}`
    await page.locator(scope).waitFor({ state: 'visible' })
    await page.locator(`${scope} .slidev-slide-loading`).waitFor({ state: 'detached' })
    // Contrast is measured on the end state: after tweens and CSS transitions finish.
    await marksSettled(page, scope)
    await cssSettled(page)
    slides.push({
      slide,
      clicks,
      h1: await page.locator(`${scope} h1`).count(),
      findings: await runAxe(page, { include: scope }),
    })
  })
  // Slidev's chrome (nav bar, dialogs), on the first slide, without any slide's content.
  await page.goto(`${deckUrl}#/1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1').waitFor()
  await cssSettled(page)
  const chrome = await runAxe(page, { exclude: ['.slidev-page'] })
  const htmlClass = await page.evaluate(() => document.documentElement.className)
  const lang = await page.evaluate(() => document.documentElement.lang)
  for (const s of slides) {
    for (const f of s.findings.filter(f => !isBlocking(f)))
      console.info(describeFinding(`${scheme} #/${s.slide}?clicks=${s.clicks}`, f))
  }
  for (const f of chrome)
    console.info(describeFinding(`${scheme} Slidev controls`, f))
  return { htmlClass, lang, slides, chrome }
}

describe.each(['light', 'dark'] as const)('accessibility of the built deck, %s scheme', (scheme) => {
  let browser: Browser
  let tracked: TrackedPage
  let result: SchemeAudit

  beforeAll(async () => {
    browser = await launchChromium()
    tracked = await openTracked(browser, inject('deckOrigin'), { colorScheme: scheme })
    result = await audit(tracked, scheme)
  }, AUDIT_TIMEOUT_MS)

  afterAll(async () => {
    await tracked?.close()
    await browser?.close()
  })

  it('renders in the scheme asked for', () => {
    expect(result.htmlClass.split(/\s+/).includes('dark')).toBe(scheme === 'dark')
  })

  it('declares the page language', () => {
    expect(result.lang).toBe('en')
  })

  it('audits at least one slide, each with an h1', () => {
    expect(result.slides.length).toBeGreaterThan(0)
    const missing = result.slides.filter(s => s.h1 < 1).map(s => `#/${s.slide}?clicks=${s.clicks} has no h1`)
    expect(missing).toEqual([])
  })

  it('has no serious or critical axe violation in any slide at its last click', () => {
    const blocking = result.slides.flatMap(s => s.findings.filter(isBlocking)
      .map(f => describeFinding(`#/${s.slide}?clicks=${s.clicks}`, f)))
    expect(blocking).toEqual([])
  })

  it('has no serious or critical axe violation in Slidev\'s own controls', () => {
    const blocking = result.chrome.filter(isBlocking).map(f => describeFinding('Slidev controls', f))
    expect(blocking).toEqual([])
  })
})
