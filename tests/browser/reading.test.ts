/**
 * The reading view (#/read) of the built deck under /deck/, as a phone sees it: Chromium at
 * 390×844 with touch, one page, one walk from the top of the article to its end.
 *
 * - Opening /deck/ (no hash) on the narrow screen lands in the reading view.
 * - Print media from this view shows every slide and chart at its final step.
 * - Every slide is a section, with its speaker notes as paragraphs (presenter-only ones left out).
 * - The walk scrolls the article down; sticky chart slides pass through their steps as their
 *   paragraphs go by, and scrolling back takes a step out again. At the end every chart shows
 *   the marks its ChartSpec promises for its last step.
 * - Nothing scrolls sideways; no visible body text under 16 px and no chart label under 12 px.
 * - axe finds no serious or critical issue; tapping a figure opens its source.
 * - `#/read/<n>` survives a reload; "View as slides" is remembered; no console error.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from '../tooling/slides-text'
import type { TrackedPage } from './deck'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, noteOf } from '../tooling/slides-text'
import { describeFinding, isBlocking, runAxe } from './a11y-helpers'
import { describeProblems, launchChromium, loadChartSpecs, openTracked, ROOT, settleCharts } from './deck'

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 }

/** The notes' paragraphs a reader should get, from the Markdown (lib/reading/notes.ts works on Slidev's HTML). */
function readerParagraphs(note: string): string[] {
  return note.split(/\n\s*\n/)
    .map(p => p.replace(/\[click(?::\d+)?\]/gi, '').split('\n').filter(line => !/^\s*Budget:/i.test(line)).join(' ').trim())
    .filter(p => p && !/^\[presenter\]/i.test(p))
}

/** The first words of a Markdown paragraph as the reader sees them. */
function openingWords(paragraph: string, count = 6): string {
  return paragraph.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').split(/\s+/).slice(0, count).join(' ')
}

/** Every section's step (`data-step`: a number, or "final"), by slide number. */
async function readSteps(page: Page): Promise<Record<number, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('.reading-view .reading-slide')]
    .map(s => [Number(s.dataset.slide), s.dataset.step ?? ''])))
}

/** Waits until the article has every section with its slide rendered. */
async function articleReady(page: Page, sections: number): Promise<void> {
  await page.waitForFunction(n => document.querySelectorAll('.reading-view .reading-slide .slidev-page').length === n
    && !document.querySelector('.reading-view .slidev-slide-loading'), sections, { timeout: 30_000 })
}

interface TextReading {
  /** Visible HTML text under 16 px: "slide 3: 15px “words”". */
  smallText: string[]
  /** Visible chart text rendered under 12 px. */
  smallLabels: string[]
  /** Visible elements reaching past the right edge of the viewport. */
  overflowing: string[]
  scrollWidth: number
  clientWidth: number
}

/** Sizes and edges of everything a reader can see in the article. */
async function readText(page: Page): Promise<TextReading> {
  return page.evaluate(() => {
    const smallText: string[] = []
    const smallLabels: string[] = []
    const seen = new Set<Element>()
    const visible = (el: Element) => {
      if (el.closest('[role="tooltip"], .sr-only, [aria-hidden="true"], [hidden]'))
        return false
      if (getComputedStyle(el).visibility === 'hidden' || el.getClientRects().length === 0)
        return false
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (Number(getComputedStyle(e).opacity) === 0)
          return false
      }
      return true
    }
    const where = (el: Element) => `slide ${(el.closest('[data-slide]') as HTMLElement | null)?.dataset.slide ?? '?'}`
    const root = document.querySelector('.reading-view')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || seen.has(el) || !n.textContent?.trim())
        continue
      seen.add(el)
      if (!visible(el))
        continue
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      const svg = el.closest('svg')
      if (svg) {
        const px = size * (svg.getScreenCTM()?.a ?? 1)
        if (px < 12 - 0.05)
          smallLabels.push(`${where(el)}, chart ${svg.dataset.chart}: ${px.toFixed(1)}px “${n.textContent.trim().slice(0, 40)}”`)
      }
      else if (size < 16) {
        smallText.push(`${where(el)}: ${size}px “${n.textContent.trim().slice(0, 40)}”`)
      }
    }
    const width = document.documentElement.clientWidth
    const overflowing = [...root.querySelectorAll('.reading-main *, .reading-header *')]
      .filter(el => el.getBoundingClientRect().right > width + 1 && visible(el))
      .filter(el => !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1))
      .map(el => `${where(el)}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> to ${Math.round(el.getBoundingClientRect().right)}px`)
    return { smallText, smallLabels, overflowing, scrollWidth: document.documentElement.scrollWidth, clientWidth: width }
  })
}

describe('the reading view on a phone', () => {
  const specs = loadChartSpecs()
  let deck: DeckSlide[]
  let browser: Browser
  let tracked: TrackedPage
  let page: Page
  let landedAt = ''
  let printSteps: Record<number, string> = {}
  let printCharts: { chartId: string, shown: number }[] = []
  /** Every step each section showed during the walk, in order, repeats collapsed. */
  const stepsSeen = new Map<number, string[]>()

  beforeAll(async () => {
    deck = await loadDeck(ROOT)
    browser = await launchChromium()
    tracked = await openTracked(browser, inject('deckOrigin'), PHONE)
    page = tracked.page
    await page.goto(inject('deckUrl'), { waitUntil: 'networkidle' })
    landedAt = new URL(page.url()).hash
    await articleReady(page, deck.length)

    // Print from this view: every last step, at once.
    const finals = Object.fromEntries([...specs].map(([id, spec]) => [id, spec.marksAtStep(spec.steps - 1)]))
    await page.emulateMedia({ media: 'print' })
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.reading-slide')].every(s => s.dataset.step === 'final'), undefined, { timeout: 5000 }).catch(() => {})
    printSteps = await readSteps(page)
    printCharts = await settleCharts(page, '.reading-view', finals)
    await page.emulateMedia({ media: 'screen' })

    // The walk: down the article a little over half a screen at a time, as a reader scrolls.
    await page.evaluate(() => scrollTo(0, 0))
    for (let guard = 0; guard < 2000; guard++) {
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      for (const [no, step] of Object.entries(await readSteps(page))) {
        const seen = stepsSeen.get(Number(no)) ?? []
        if (seen.at(-1) !== step)
          seen.push(step)
        stepsSeen.set(Number(no), seen)
      }
      const atEnd = await page.evaluate(() => {
        const before = scrollY
        scrollBy(0, Math.round(innerHeight * 0.55))
        return scrollY === before
      })
      if (atEnd)
        break
    }
    await page.waitForTimeout(300)
  })

  afterAll(async () => {
    await tracked?.close()
    await browser?.close()
  })

  it('opens /deck/ (no hash) in the reading view', async () => {
    expect(landedAt).toBe('#/read')
    expect(await page.locator('.reading-view').count()).toBe(1)
  })

  it('shows every slide as a section with its notes as paragraphs, presenter-only words left out', async () => {
    const sections = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reading-view .reading-slide')].map(s => ({
      no: Number(s.dataset.slide),
      paragraphs: [...s.querySelectorAll<HTMLElement>('.reading-para')].map(p => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
    })))
    expect(sections.map(s => s.no)).toEqual(deck.map(s => s.no))
    const problems = deck.flatMap((slide) => {
      const expected = readerParagraphs(noteOf(slide.raw)?.text ?? '')
      const shown = sections.find(s => s.no === slide.no)?.paragraphs ?? []
      const text = shown.join(' ')
      const out: string[] = []
      if (expected.length > 0 && !text.includes(openingWords(expected[0])))
        out.push(`slide ${slide.no} (${slide.file}): notes should open with “${openingWords(expected[0])}”, shown: “${text.slice(0, 80)}”`)
      if (expected.length === 0 && shown.length > 0)
        out.push(`slide ${slide.no} (${slide.file}): notes are presenter-only but ${shown.length} paragraph(s) shown`)
      for (const p of shown) {
        if (/^\[presenter\]|^Budget:/i.test(p))
          out.push(`slide ${slide.no}: a presenter-only paragraph is shown: “${p.slice(0, 60)}”`)
      }
      return out
    })
    expect(problems).toEqual([])
  })

  it('in print, shows every slide at its last step and every chart complete', () => {
    expect(Object.entries(printSteps).filter(([, step]) => step !== 'final').map(([no, step]) => `slide ${no} at step ${step}`)).toEqual([])
    const wrong = printCharts
      .filter(c => specs.has(c.chartId) && c.shown !== specs.get(c.chartId)!.marksAtStep(specs.get(c.chartId)!.steps - 1))
      .map(c => `${c.chartId}: ${c.shown} marks in print`)
    expect(wrong).toEqual([])
  })

  it('steps sticky chart slides in as their paragraphs scroll past, and back out when scrolling up', async () => {
    const stepped = [...stepsSeen].filter(([, seen]) => seen.some(s => s !== 'final' && Number(s) > 0))
    expect(stepped.length, `sections that went through a numbered step > 0: ${JSON.stringify([...stepsSeen])}`).toBeGreaterThan(0)
    for (const [no, seen] of stepped) {
      const numbers = seen.filter(s => s !== 'final').map(Number)
      expect(numbers, `slide ${no} steps in order`).toEqual([...numbers].sort((a, b) => a - b))
    }
    const [no] = stepped[0]!
    await page.evaluate(n => document.getElementById(`slide-${n}`)!.scrollIntoView({ block: 'start' }), no)
    await page.waitForFunction(n => document.getElementById(`slide-${n}`)!.dataset.step !== 'final', no, { timeout: 5000 }).catch(() => {})
    expect((await readSteps(page))[no], `slide ${no} after scrolling back to its top`).not.toBe('final')
  })

  it('after the walk, shows every chart mark its last step promises', async () => {
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight))
    const finals = Object.fromEntries([...specs].map(([id, spec]) => [id, spec.marksAtStep(spec.steps - 1)]))
    const charts = await settleCharts(page, '.reading-main', finals)
    expect(charts.length).toBeGreaterThan(0)
    const wrong = charts
      .filter(c => !specs.has(c.chartId) || c.shown !== finals[c.chartId])
      .map(c => specs.has(c.chartId) ? `${c.chartId}: ${c.shown} marks shown, its spec's last step has ${finals[c.chartId]}` : `${c.chartId}: no chart definition`)
    expect(wrong).toEqual([])
  })

  it('scrolls only up and down, with body text of 16 px or more and chart labels of 12 px or more', async () => {
    const text = await readText(page)
    expect(text.scrollWidth, 'page width vs viewport').toBeLessThanOrEqual(text.clientWidth)
    expect(text.overflowing).toEqual([])
    expect(text.smallText).toEqual([])
    expect(text.smallLabels).toEqual([])
  })

  it('passes axe with no serious or critical issue', async () => {
    const blocking = (await runAxe(page)).filter(isBlocking)
    expect(blocking.map(f => describeFinding('#/read at 390×844', f))).toEqual([])
  })

  it('opens a figure\'s source with a tap', async () => {
    const fact = page.locator('.reading-main .fact').first()
    await fact.scrollIntoViewIfNeeded()
    await page.waitForTimeout(200)
    await fact.tap()
    const tip = page.locator('.reading-main .fact-wrap').first().locator('[role="tooltip"]')
    await expect.poll(() => tip.evaluate(el => getComputedStyle(el).visibility), { timeout: 2000 }).toBe('visible')
    const box = await tip.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 390 + 1, `tooltip inside the screen: ${JSON.stringify(box)}`).toBe(true)
    expect(await tip.textContent()).toMatch(/\[\d+\]/)
  })

  it('reopens #/read/<n> at slide n after a reload', async () => {
    const no = Math.ceil(deck.length / 2)
    await page.goto(`${inject('deckUrl')}#/read/${no}`, { waitUntil: 'networkidle' })
    await page.reload({ waitUntil: 'networkidle' })
    await articleReady(page, deck.length)
    await page.waitForTimeout(500)
    const where = await page.evaluate(n => ({ hash: location.hash, top: document.getElementById(`slide-${n}`)!.getBoundingClientRect().top }), no)
    expect(where.hash).toBe(`#/read/${no}`)
    expect(where.top, `slide ${no}'s section top, px from the top of the screen`).toBeGreaterThanOrEqual(0)
    expect(where.top).toBeLessThan(120)
  })

  it('goes to the slides with "View as slides" and remembers the choice', async () => {
    await page.locator('.reading-switch').click()
    await page.waitForURL(/#\/\d+$/)
    const no = Number(new URL(page.url()).hash.slice(2))
    await page.locator(`.slidev-page-${no}`).waitFor({ state: 'visible' })
    await page.goto(inject('deckUrl'), { waitUntil: 'networkidle' })
    expect(new URL(page.url()).hash).toBe('#/1')
  })

  it('raises no console error, page error, failed request or request to another host', () => {
    expect(describeProblems(tracked.problems)).toBe('')
  })
})
