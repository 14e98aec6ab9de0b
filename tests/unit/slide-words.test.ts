/**
 * "Show, don't tell" (issue #10), as rules on the talk's markdown. The talk is every slide
 * before the appendix; the appendix starts at the first slide whose frontmatter says
 * `appendix: true` (pages/08-explore.md), so the slide counter at the close shows the talk's length.
 *
 * WORDS. A talk slide shows at most MAX_WORDS words of body text outside chart frames: paragraphs,
 * lists, quotes, table cells, the slot text of graphic components (a quote card's quote), the
 * correction marker as data/corrections.ts prints it, and each <Fact> as the words it prints.
 * Not counted: the h1 headline, the act kicker, the speaker notes, <style>/<script>, attributes,
 * and chart components (components/charts/*.vue), slot and all. Words are counted as a word
 * processor does (runs between spaces with a letter or digit: "AI-chip" and "$5.6M" are one each).
 *
 * CORRECTIONS. At most one <Correction> per slide, and never the slide's first element after its
 * h1 (it goes at the foot). No struck-through text anywhere in pages/ (`<s>`, `<del>`, `~~`,
 * `line-through`, `class="was"`), and none of the old `class="correction"` boxes.
 *
 * DATES. No ISO date (2025-01-27) in anything a slide shows, headline and figures included.
 *
 * GRAPHICS. At least MIN_GRAPHIC_SLIDES talk slides show a chart (a component in
 * components/charts) or a graphic from GRAPHICS. The talk's length is tests/unit/talk-length.test.ts.
 */
import type { DeckSlide, FactTag } from '../tooling/slides-text'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CORRECTIONS } from '../../data/corrections'
import { findFact, templateParts } from '../../lib/facts'
import { formatValue } from '../../lib/format'
import { countWords, firstBodyElement, lineOf, loadDeck, maskCode, maskComments, maskFrontmatter, screenText, splitDeck } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')

const MAX_WORDS = 40
const MIN_GRAPHIC_SLIDES = 15

/** Every chart component: components/charts/<Name>.vue. */
const CHARTS = new Set(readdirSync(resolve(ROOT, 'components/charts')).filter(f => f.endsWith('.vue')).map(f => f.slice(0, -4)))

/**
 * Graphics that are not data charts (brief rule 7): a slide showing one counts as showing a
 * graphic. Their slot text still counts as words; what they print from data does not.
 */
export const GRAPHICS = new Set([
  'BigNumber', // a big registry figure with a caption
  'QuoteCard', // a quote from the registry, with who said it and where
  'ClaimCard', // a dated claim, its speaker and its source
  'ChipClaims', // who says what about DeepSeek's chips, as claim cards on a line
  'BanDebate', // for and against the export bans, as claim cards
  'CostCalculator', // the appendix calculator with its comparison bars
  'CostComparison', // the calculator's zero-based bars
  'ModelLineage', // V3, R1 and the six distilled models, with their licences
])

/** The words a <Fact> prints: its text override, or its formatted value ("(reported)" when low). */
function factWords(tag: FactTag): string {
  const fact = tag.id ? findFact(tag.id) : undefined
  if (tag.text !== undefined)
    return tag.text
  if (!fact)
    return tag.id ?? 'figure'
  return `${formatValue(fact.value, fact.format)}${fact.confidence === 'low' ? ' (reported)' : ''}`
}

/** What <Correction id="…" /> prints (components/Correction.vue), figures as they print. */
export function correctionWords(id: string): string {
  const c = CORRECTIONS.find(x => x.id === id)
  if (!c)
    return `Unknown correction “${id}”`
  const fact = templateParts(c.fact).map(p => ('factId' in p ? factWords({ id: p.factId, offset: 0, tag: '' }) : p.text)).join('')
  return `The article said ${c.said} · In fact ${fact}`
}

function componentWords(name: string, tag: string): string | undefined {
  if (name !== 'Correction')
    return undefined
  return correctionWords(/\bid="([^"]*)"/.exec(tag)?.[1] ?? '')
}

const bodyOf = (slide: DeckSlide) => screenText(slide.raw, { factText: factWords, componentText: componentWords, isChart: name => CHARTS.has(name) })
const visibleOf = (slide: DeckSlide) => screenText(slide.raw, { factText: factWords, componentText: componentWords, withHeadline: true })
/** The slide's markup as authored, without notes, other comments or frontmatter. */
const markupOf = (slide: DeckSlide) => maskComments(maskFrontmatter(slide.raw))

/** "pages/05-market.md:12" for an offset in the slide's raw text. */
const at = (slide: DeckSlide, offset = 0) => `${slide.file}:${slide.line + lineOf(slide.raw, offset)}`
const title = (slide: DeckSlide) => /^#[ \t]+(.*)$/m.exec(maskComments(maskCode(maskFrontmatter(slide.raw))))?.[1]?.replace(/<[^>]*>/g, '…').slice(0, 70) ?? '(no h1)'
const name = (slide: DeckSlide) => `slide ${slide.no} “${title(slide)}” (${at(slide)})`

function showsGraphic(slide: DeckSlide): boolean {
  const tags = [...markupOf(slide).matchAll(/<([A-Z][\w-]*)\b/g)].map(m => m[1])
  return tags.some(t => CHARTS.has(t) || GRAPHICS.has(t))
}

/** `pattern`'s matches in the slide's markup, as "file:line: match". */
function found(slide: DeckSlide, pattern: RegExp): string[] {
  return [...markupOf(slide).matchAll(pattern)].map(m => `${at(slide, m.index)}: ${m[0].trim().slice(0, 60)}`)
}

describe('the rules themselves (synthetic slides)', () => {
  const slide = (raw: string, no = 1): DeckSlide => ({ no, file: 'x.md', line: 1, raw, frontmatter: {} })

  it('counts body words, not the headline, kicker, notes, charts or styles', () => {
    const raw = `<p class="kicker">Act 1 · Name</p>\n\n# A long headline that does not count at all\n\nOne two three <Fact id="v3-final-run-cost" />.\n\n<GpuHoursChart :step="$clicks" />\n\n<style>.x { color: red }</style>\n\n<!--\nMany words of notes here.\n-->`
    expect(countWords(bodyOf(slide(raw)))).toBe(4)
  })

  it('counts a correction marker as it prints', () => {
    const c = CORRECTIONS[0]
    const words = countWords(correctionWords(c.id))
    expect(countWords(bodyOf(slide(`# T\n\n<Correction id="${c.id}" />`)))).toBe(words)
    expect(words).toBeGreaterThan(countWords(c.said) + 4)
  })

  it.each([
    ['# T\n\n<Correction id="a" />\n\nText', 'Correction'],
    ['<p class="kicker">Act 1</p>\n\n# T\n\n<BigNumber />\n\n<Correction id="a" />', 'BigNumber'],
  ])('finds the first element after the h1: %j → %s', (raw, first) => {
    expect(firstBodyElement(raw)).toBe(first)
  })

  it('splits the deck at the first appendix slide', () => {
    const slides = [slide('# A', 1), { ...slide('# B', 2), frontmatter: { appendix: true } }, slide('# C', 3)]
    const { talk, appendix } = splitDeck(slides)
    expect(talk.map(s => s.no)).toEqual([1])
    expect(appendix.map(s => s.no)).toEqual([2, 3])
  })

  it('knows the charts and the graphics', () => {
    expect(CHARTS.has('GpuHoursChart')).toBe(true)
    expect(showsGraphic(slide('# T\n\n<QuoteCard by="x">y</QuoteCard>'))).toBe(true)
    expect(showsGraphic(slide('# T\n\n- a list'))).toBe(false)
  })
})

describe('the talk shows, and does not tell', () => {
  let slides: DeckSlide[] = []
  let talk: DeckSlide[] = []
  let appendix: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
    ;({ talk, appendix } = splitDeck(slides))
  })

  it('marks where the appendix starts (frontmatter `appendix: true`), after the close', () => {
    expect(appendix.length, 'no slide has `appendix: true`').toBeGreaterThan(0)
    expect(appendix[0].file).toMatch(/^pages\//)
    expect(appendix.filter(s => !/^pages\/(?:08|09)-/.test(s.file)).map(name), 'appendix slides outside pages/08 and pages/09').toEqual([])
  })

  it(`keeps each talk slide to ${MAX_WORDS} words of body text`, () => {
    const over = talk
      .map(s => ({ s, words: countWords(bodyOf(s)) }))
      .filter(x => x.words > MAX_WORDS)
      .map(x => `${name(x.s)}: ${x.words} words`)
    expect(over, `slides over ${MAX_WORDS} words (move the rest to the notes or a chart)`).toEqual([])
  })

  it('shows at most one correction per slide, never as its first element', () => {
    const problems = slides.flatMap((s) => {
      const tags = found(s, /<Correction\b/g)
      const out: string[] = []
      if (tags.length > 1)
        out.push(`${name(s)}: ${tags.length} corrections (${tags.join('; ')})`)
      if (tags.length > 0 && firstBodyElement(s.raw) === 'Correction')
        out.push(`${name(s)}: the correction is the first thing after the headline; put it at the foot`)
      return out
    })
    expect(problems).toEqual([])
  })

  it('strikes nothing through, anywhere in pages/', () => {
    const struck = slides.flatMap(s => found(s, /<(?:s|del|strike)\b[^>]*>|~~[^~\n]+~~|line-through|class\s*=\s*"[^"]*\bwas\b[^"]*"/g))
    expect(struck, 'struck-through text (a correction is a calm <Correction id="…" />)').toEqual([])
  })

  it('has none of the old correction boxes', () => {
    const boxes = slides.flatMap(s => found(s, /class\s*=\s*"[^"]*\bcorrection\b[^"]*"/g))
    expect(boxes, 'replace with <Correction id="…" /> (texts in data/corrections.ts)').toEqual([])
  })

  it('shows no ISO date (write “Jan 27, 2025”)', () => {
    const iso = slides.flatMap((s) => {
      const text = visibleOf(s)
      return [...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map(m => `${at(s, m.index)}: ${m[0]}`)
    })
    expect(iso).toEqual([])
  })

  it(`shows a chart or graphic on at least ${MIN_GRAPHIC_SLIDES} slides`, () => {
    const graphic = talk.filter(showsGraphic)
    const summary = `${talk.length} talk slides, ${graphic.length} with a chart or graphic`
    expect(graphic.length, `${summary}; without one: ${talk.filter(s => !showsGraphic(s)).map(name).join('; ')}`).toBeGreaterThanOrEqual(MIN_GRAPHIC_SLIDES)
  })
})

describe('pages/ files are all in the deck', () => {
  it('imports every pages/*.md from slides.md, in file order', () => {
    const srcs = [...readFileSync(resolve(ROOT, 'slides.md'), 'utf8').matchAll(/^src:\s*\.\/(pages\/\S+)$/gm)].map(m => m[1])
    const files = readdirSync(resolve(ROOT, 'pages')).filter(f => f.endsWith('.md')).map(f => `pages/${f}`).sort()
    expect(srcs).toEqual(files)
  })
})
