/**
 * The article (read/, written by `npm run build` through scripts/article/) on the built site under
 * /deck/, as phones and readers see it:
 * - with JavaScript off, every shown slide is a section `slide-<n>` with its heading, its notes'
 *   paragraphs and its charts complete, each drawn once (compared with the parsed slides, not a list);
 * - a reader's top-to-bottom scroll at 390×844 (wheel steps) sees every chart complete
 *   (`marksAtStep(final)` marks) while at least 60% of it is on screen; nothing scrolls sideways;
 * - body text ≥ 16 px, chart labels ≥ 12 px; axe: no serious or critical issue;
 * - `#/<n>` on a phone, and `#/read/<n>` anywhere, land on section n; "View as slides" is
 *   remembered; wide screens are not redirected; the page stays under 9,000 words.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ArticleSection } from '../../scripts/article/sections.mjs'
import MarkdownIt from 'markdown-it'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readerNotes, textOf, topLevelBlocks } from '../../lib/reading/notes'
import { sectionsOf } from '../../scripts/article/sections.mjs'
import { describeFinding, isBlocking, runAxe } from './a11y-helpers'
import { describeProblems, launchChromium, loadChartSpecs, openTracked, ROOT } from './deck'

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 }
const md = new MarkdownIt({ html: true })
const specs = loadChartSpecs()

/** Chart ids a section's slide draws: `<XyzChart` → xyz, `<TimelineChart chart="id"`. */
function chartIds(section: ArticleSection): string[] {
  const ids: string[] = []
  for (const { html } of section.body) {
    for (const m of html.matchAll(/<([A-Z]\w*)Chart\b([^>]*)>/g)) {
      const id = m[1] === 'Timeline'
        ? /\bchart="([^"]+)"/.exec(m[2])?.[1]
        : m[1].replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())
      if (id && specs.has(id))
        ids.push(id)
    }
  }
  return ids
}

/** Every drawn chart on the page as the reader sees it (the variant for this width, no templates). */
async function chartsOnPage(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('main svg[data-chart]')]
    .filter(svg => svg.getClientRects().length > 0)
    .map((svg) => {
      const r = svg.getBoundingClientRect()
      const seen = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / Math.max(1, r.height)
      return {
        key: `${svg.closest('section')?.id} ${svg.dataset.chart} ${[...svg.closest('section')!.querySelectorAll('svg[data-chart]')].indexOf(svg)}`,
        id: svg.dataset.chart ?? '',
        final: Number(svg.closest<HTMLElement>('.article-visual')?.dataset.final ?? 999999),
        shown: svg.querySelectorAll('.mark[data-shown="true"]').length,
        seen,
      }
    }))
}

describe('the article, read/', () => {
  const deckUrl = inject('deckUrl')
  const origin = inject('deckOrigin')
  let browser: Browser
  let sections: ArticleSection[]

  beforeAll(async () => {
    const { load } = await import('@slidev/parser/fs')
    const slides = (await load({ roots: [ROOT], userRoot: ROOT }, `${ROOT}/slides.md`)).slides
    sections = sectionsOf(slides, { md: s => md.render(s), notes: readerNotes, blocks: topLevelBlocks, textOf })
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  it('reads completely with JavaScript off: every slide\'s heading, notes and charts, complete', async () => {
    const { page, problems, close } = await openTracked(browser, origin, { ...PHONE, javaScriptEnabled: false })
    await page.goto(`${deckUrl}read/`)
    const missing: string[] = []
    for (const section of sections) {
      const el = page.locator(`#slide-${section.no}`)
      if (await el.count() === 0) {
        missing.push(`slide ${section.no}: no section`)
        continue
      }
      // The bibliography's later slides are folded into the first one's list: their number stays an anchor.
      if (section.body.some(b => b.kind === 'bibliography') && sections.find(s => s.body.some(b => b.kind === 'bibliography'))!.no !== section.no)
        continue
      // A section off screen is not drawn yet (content-visibility): bring it on screen, as a reader would.
      await el.scrollIntoViewIfNeeded()
      await expect.poll(() => el.evaluate(e => (e as HTMLElement).innerText.length)).toBeGreaterThan(0)
      const text = (await el.innerText()).replace(/\s+/g, ' ')
      const titleWords = textOf(section.title.replace(/<[A-Z][^>]*>[\s\S]*?<\/[A-Z]\w*>|<[A-Z][^>]*\/>/g, ' ')).split(' ').filter(w => w.length > 3)
      for (const word of titleWords) {
        if (!text.includes(word))
          missing.push(`slide ${section.no}: heading word “${word}”`)
      }
      for (const p of section.paragraphs) {
        const opening = textOf(p.html).split(' ').slice(0, 6).join(' ')
        if (!text.includes(opening))
          missing.push(`slide ${section.no}: paragraph “${opening}”`)
      }
      const drawn = await el.locator('svg[data-chart]').evaluateAll(svgs => svgs.filter(s => s.getClientRects().length > 0)
        .map(s => ({ id: s.getAttribute('data-chart'), shown: s.querySelectorAll('.mark[data-shown="true"]').length })))
      // Each chart is drawn once, at the article's one width (no per-width copies for CSS to pick from).
      const everyDrawn = await el.locator('svg[data-chart]').evaluateAll(svgs => svgs.map(s => s.getAttribute('data-chart')))
      if (everyDrawn.length !== drawn.length || new Set(everyDrawn).size !== everyDrawn.length)
        missing.push(`slide ${section.no}: draws ${everyDrawn.join(', ')} (${drawn.length} shown), want each chart once`)
      for (const id of chartIds(section)) {
        const chart = drawn.find(d => d.id === id)
        const want = specs.get(id)!.marksAtStep(section.final)
        if (!chart || chart.shown !== want)
          missing.push(`slide ${section.no}: chart ${id} shows ${chart?.shown ?? 'nothing'}, want ${want}`)
      }
    }
    expect(missing).toEqual([])
    expect(describeProblems({ ...problems, consoleErrors: [] })).toBe('')
    await close()
  })

  it('builds each chart as a phone reader scrolls, and finishes it while it is on screen', async () => {
    const { page, problems, close } = await openTracked(browser, origin, PHONE)
    await page.goto(`${deckUrl}read/`)
    const complete = new Set<string>()
    const all = new Map<string, string>()
    const sideways: string[] = []
    // Sections not yet drawn have an estimated height (content-visibility): the page's height is read at each stop.
    const height = () => page.evaluate(() => document.documentElement.scrollHeight)
    await page.mouse.move(195, 600)
    for (let stop = 0; stop * 320 < await height() + 844; stop++) {
      for (const c of await chartsOnPage(page)) {
        all.set(c.key, `${c.key} wants ${specs.get(c.id)?.marksAtStep(c.final)}`)
        if (c.seen >= 0.6 && c.shown === specs.get(c.id)?.marksAtStep(c.final))
          complete.add(c.key)
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      if (wide > 0)
        sideways.push(`scrolls ${wide}px sideways at ${stop * 320}`)
      await page.mouse.wheel(0, 320)
      await page.waitForTimeout(40)
    }
    expect([...all.keys()].filter(k => !complete.has(k)).map(k => all.get(k))).toEqual([])
    expect(all.size).toBeGreaterThan(10)
    expect(sideways).toEqual([])
    expect(describeProblems(problems)).toBe('')
    await close()
  })

  it('keeps body text at 16 px or more and chart labels at 12 px or more, with no serious axe issue', async () => {
    const { page, close } = await openTracked(browser, origin, PHONE)
    await page.goto(`${deckUrl}read/`)
    // Every section drawn, so that sizes and contrast are measured on the whole page, not the first screens.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.article-section').forEach(s => s.style.contentVisibility = 'visible'))
    const small = await page.evaluate(() => {
      const out: string[] = []
      for (const el of document.querySelectorAll('main *')) {
        if (el.closest('template, [role="tooltip"], .sr-only') || el.getClientRects().length === 0)
          continue
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent!.trim())
        if (!own)
          continue
        const css = Number.parseFloat(getComputedStyle(el).fontSize)
        const inChart = el.closest('svg')
        const px = inChart ? css * ((el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1) : css
        if (px < (inChart || el.closest('.article-visual') ? 12 : 16))
          out.push(`${el.closest('section')?.id}: ${px.toFixed(1)}px “${el.textContent!.trim().slice(0, 30)}”`)
      }
      return out
    })
    expect(small).toEqual([])
    const findings = (await runAxe(page, { include: 'main' })).filter(isBlocking)
    expect(findings.map(f => describeFinding('read/', f))).toEqual([])
    await close()
  })

  it('sends phones and old article links to the same section; wide screens stay; the choice is remembered', async () => {
    const phone = await openTracked(browser, origin, PHONE)
    await phone.page.goto(`${deckUrl}#/12`)
    await phone.page.waitForURL(/\/read\/#slide-12$/)
    await phone.page.goto(`${deckUrl}#/read/7`)
    await phone.page.waitForURL(/\/read\/#slide-7$/)
    // The browser scrolls to the anchor once the page has laid out, which can come after its load event.
    await expect.poll(() => phone.page.evaluate(() => document.getElementById('slide-7')!.getBoundingClientRect().top), { timeout: 10_000 }).toBeLessThan(20)
    await phone.page.locator('#slide-7 [data-view="slides"]').click()
    await phone.page.waitForURL(/\/deck\/#\/7/)
    // As a reader would, once slide 7 is up: a hash set while the slide app boots can be overwritten.
    await phone.page.locator('.slidev-page-7').waitFor({ state: 'visible' })
    await phone.page.goto(`${deckUrl}#/3`)
    // The redirect runs before the slide app starts: once slide 3 is on screen, none came.
    await phone.page.locator('.slidev-page-3').waitFor({ state: 'visible' })
    expect(phone.page.url()).not.toContain('/read/')
    await phone.close()

    const wide = await openTracked(browser, origin)
    await wide.page.goto(`${deckUrl}#/5`)
    await wide.page.locator('.slidev-page-5').waitFor({ state: 'visible' })
    expect(wide.page.url()).toBe(`${deckUrl}#/5`)
    await wide.close()
    // An old article link, opened fresh on a wide screen.
    const old = await openTracked(browser, origin)
    await old.page.goto(`${deckUrl}#/read/5`)
    await old.page.waitForURL(/\/read\/#slide-5$/)
    await old.close()
  })

  // The bibliography is folded behind <details> (a reference list, not reading): not counted.
  it('stays under 9,000 words', async () => {
    const { page, close } = await openTracked(browser, origin, PHONE)
    await page.goto(`${deckUrl}read/`)
    const words = await page.evaluate(() => {
      document.querySelector<HTMLDetailsElement>('.article-toc details')!.open = true
      // Sections off screen skip rendering (content-visibility), and innerText leaves them out: draw them all.
      document.querySelectorAll<HTMLElement>('.article-section').forEach(s => s.style.contentVisibility = 'visible')
      return document.querySelector('main')!.innerText.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
    })
    expect(words).toBeGreaterThan(2000)
    expect(words).toBeLessThan(9000)
    await close()
  })
})
