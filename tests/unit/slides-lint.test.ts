/**
 * No figure in the deck goes around the fact registry.
 *
 * SLIDES. From each slide's markdown we drop what the audience does not read as prose:
 * frontmatter, HTML comments (notes included), code, tags with their attributes (so
 * `<Fact id="…" />` and `<Chart :step="$clicks" />` vanish), link targets, URLs, entities and
 * `{{ }}`. Any digit left must be one of:
 *   - a year, 1900–2030, or a decade ("2010s");
 *   - a day date ("Jan 27", "January 20, 2025") that is the date value or as-of date of a fact;
 *   - an act kicker: "Act 3";
 *   - a unit: "per 1M tokens";
 *   - a century ordinal: "20th century";
 *   - part of a product or index name in NAMES (H800, DeepSeek-R1, GPT-4, S&P 500, Llama 3.1 405B…);
 *   - inside a `class="was"` element (the seed article's wrong claim, shown struck through):
 *     those numbers must be quoted from the seed article itself (its numbers are in
 *     tests/fixtures/seed-fingerprint.json, see seed-overlap.test.ts).
 * Everything else goes through `<Fact id="…" />`. Words ("about a sixth") are fine.
 *
 * FACT TEXT OVERRIDES. `<Fact id="x" text="about $590B" />`: every number in `text` must be x's
 * own value as printed (rounded the way it is written: "$590B" covers 585–595B; for a text fact
 * such as "#1", a number printed in it), its date, or a year.
 *
 * NOTES (the last comment of each slide). Numbers are spoken, so they may be rounded, but each
 * must be a registry value:
 *   - a figure ("17%", "$5.6 million", "2,048", "about 3%", "17 to 19%") must equal the value of
 *     some fact that is not unverified, to the precision written (half a unit of its last digit;
 *     "%"/"percent" only matches percent facts, "$"/"dollars" money facts, "×"/"times" multiples,
 *     a bare number only counts (style number) unless it has a magnitude word ("191 million"
 *     may be dollars),
 *     or a number printed in a text fact ("1.5B, 7B … 70B");
 *   - a day date ("Jan 27", "26 January") must be the date value or as-of date of some fact;
 *   - also allowed: years, decades, "Act N", NAMES, units ("per 1M"), durations ("Budget: 3 min.",
 *     "20-minute"), and `[click]` / `[click:N]` markers.
 * Write small counts as words ("three waves"), or cite them.
 */
import type { Fact } from '../../data/types'
import type { SeedFingerprint } from '../../scripts/seed-fingerprint-lib.mjs'
import type { DeckSlide } from '../tooling/slides-text'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { allFacts, findFact } from '../../lib/facts'
import { NUMBER, numberKey } from '../../scripts/seed-fingerprint-lib.mjs'
import {
  blank,
  dayDateMatches,
  dayDatesIn,
  factTags,
  figureMatches,
  figuresIn,
  lineOf,
  loadDeck,
  maskCode,
  maskComments,
  maskFrontmatter,
  noteOf,
  proseForFigures,
} from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')

/** Product, model and index names that contain digits. Keep it short; extend it only for names. */
const NAMES: RegExp[] = [
  /\b(?:DeepSeek-)?(?:R1(?:-Zero)?|V[23](?:-Base)?)\b/g, // DeepSeek models
  /\b[ABHL]\d{2,3}S?s?\b/g, // Nvidia parts: A100, A800, H100s, H800s, H20, B200, L40S
  /\bRTX \d{4}\b/g,
  /\bMI\d{3}\b/g, // AMD MI308
  /\bGPT-\d(?:o|\.\d)?\b/g,
  /\bo[13](?:-\w+)?\b/g, // OpenAI o1, o3
  /\bLlama ?\d(?:\.\d)?(?: \d+B)?\b/g,
  /\bQwen ?\d(?:\.\d)?\b/g,
  /\bS&(?:amp;)?P 500\b/g,
  /\bNasdaq[- ]100\b/g,
  /\bSputnik 1\b/g,
  /\b(?:FP|HBM)\d+e?\b/g,
  /\ba16z\b/g, // Andreessen Horowitz
  /\bMATH-500\b/g, // benchmark
]
/** Units, not figures: "USD per 1M tokens". */
const PER_UNIT = /\bper 1[KMB]?\b/g
const YEAR = /(?<![\d$.,])(?:19\d\d|20[0-2]\d|2030)(?:s\b)?(?![\d%×]|[.,]\d|\s?(?:[KMBT]|bn|mn|thousand|million|billion|trillion)\b)/g
const ACT_KICKER = /\bAct \d\b/g
const CENTURY = /\b(?:19|20|21)(?:st|th)[- ]century\b/gi
const DURATION = /\b\d+(?:\.\d+)?[- ]?(?:min|mins|minutes?|seconds?|secs?|s)\b\.?/g
const CLICK = /\[click(?::\d+)?\]/g

function blankMatches(text: string, patterns: RegExp[]): string {
  return patterns.reduce((out, p) => out.replace(p, blank), text)
}

/** "pages/03-cost.md:12: <the line>" for an offset in a slide's raw text. */
function where(slide: DeckSlide, offset: number): string {
  const line = lineOf(slide.raw, offset)
  return `${slide.file}:${slide.line + line}: ${slide.raw.split('\n')[line].trim()}`
}

/** The numbers the seed article contains, from its committed fingerprint (the article is not in the repo). */
function seedNumbers(): Set<string> {
  const fp = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seed-fingerprint.json'), 'utf8')) as SeedFingerprint
  return new Set(fp.numbers)
}

/** Offsets of `class="was"` elements' inner text (the seed's claim), outside comments and code. */
function wasSpans(raw: string): { start: number, end: number }[] {
  const text = maskComments(maskCode(maskFrontmatter(raw)))
  return [...text.matchAll(/<([a-z]+)\b[^>]*\bclass="[^"]*\bwas\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => {
    const start = m.index! + m[0].indexOf('>') + 1
    return { start, end: start + m[2].length }
  })
}

const STYLE_OF_KIND = { money: 'usd', percent: 'percent', multiple: 'multiple', plain: 'number' } as const

/** A fact, plus one stand-in per number printed in a text-valued fact ("#1", "1.5B, 7B … 70B"). */
function numericForms(fact: Fact): Fact[] {
  if (typeof fact.value !== 'string' || fact.format.style === 'date')
    return [fact]
  return figuresIn(fact.value).map(fig => ({ ...fact, value: fig.value, format: { style: STYLE_OF_KIND[fig.kind] } }))
}

const usable: Fact[] = allFacts.filter(f => f.confidence !== 'unverified').flatMap(numericForms)
const registryDates = new Set(allFacts.flatMap(f => [f.asOf, ...(f.format.style === 'date' && typeof f.value === 'string' ? [f.value] : [])]))

/** Numbers in `text` that are not years/names/… and not a value of any of `facts`. */
function strayNumbers(text: string, facts: readonly Fact[], dates: Iterable<string>): { raw: string, start: number }[] {
  let rest = text
  const stray: { raw: string, start: number }[] = []
  for (const d of dayDatesIn(rest)) {
    if (![...dates].some(iso => dayDateMatches(d, iso)))
      stray.push({ raw: text.slice(d.start, d.end), start: d.start })
    rest = rest.slice(0, d.start) + blank(rest.slice(d.start, d.end)) + rest.slice(d.end)
  }
  rest = blankMatches(rest, [CLICK, DURATION, ...NAMES, PER_UNIT, YEAR, ACT_KICKER, CENTURY, /\bhttps?:\/\/\S+/g])
  for (const figure of figuresIn(rest)) {
    if (!facts.some(f => figureMatches(figure, f.value, f.format)))
      stray.push({ raw: figure.raw.trim(), start: figure.start })
  }
  return stray.sort((a, b) => a.start - b.start)
}

function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end)
}

/** Digits a slide shows outside <Fact>, as "file:line: text ← digits". */
function slideOffenders(slide: DeckSlide): string[] {
  let prose = proseForFigures(slide.raw)
  for (const { start, end } of wasSpans(slide.raw))
    prose = blankRange(prose, start, end)
  for (const d of dayDatesIn(prose)) {
    if ([...registryDates].some(iso => dayDateMatches(d, iso)))
      prose = blankRange(prose, d.start, d.end)
  }
  prose = blankMatches(prose, [...NAMES, PER_UNIT, YEAR, ACT_KICKER, CENTURY])
  return [...prose.matchAll(/\d[\d,.]*/g)].map(m => `${where(slide, m.index!)}   ← "${m[0].replace(/[.,]$/, '')}"`)
}

/** Numbers in struck-through seed claims that the seed article does not contain. */
function wasOffenders(slide: DeckSlide, seed: Set<string>): string[] {
  return wasSpans(slide.raw).flatMap(({ start, end }) => {
    const text = blankMatches(slide.raw.slice(start, end), [...NAMES])
    return [...text.matchAll(NUMBER)]
      .filter(m => !seed.has(numberKey(m[0])))
      .map(m => `${where(slide, start + m.index!)}   ← "${m[0]}" is not in the seed article`)
  })
}

/** Numbers in a <Fact text="…"> override that are not that fact's value. */
function overrideOffenders(slide: DeckSlide): string[] {
  return factTags(slide.raw).flatMap((tag) => {
    const fact = tag.id ? findFact(tag.id) : undefined
    if (!fact || tag.text === undefined)
      return [] // unknown ids are reported by registry.test.ts
    const dates = [fact.asOf, ...(typeof fact.value === 'string' ? [fact.value] : [])]
    return strayNumbers(tag.text, numericForms(fact), dates)
      .map(s => `${where(slide, tag.offset)}   ← "${s.raw}" in text="${tag.text}" is not ${fact.id} = ${JSON.stringify(fact.value)}`)
  })
}

/** Numbers in the slide's notes that match no registry value. */
function noteOffenders(slide: DeckSlide): string[] {
  const note = noteOf(slide.raw)
  if (!note)
    return [] // notes.test.ts reports missing notes
  const only = blank(slide.raw.slice(0, note.start)) + slide.raw.slice(note.start, note.end)
  return strayNumbers(only, usable, registryDates).map(s => `${where(slide, s.start)}   ← "${s.raw}"`)
}

describe('the rules themselves (synthetic slides)', () => {
  const slide = (raw: string): DeckSlide => ({ no: 1, file: 'x.md', line: 1, raw, frontmatter: {} })

  it.each([
    { raw: '# Nvidia lost <Fact id="nvidia-loss-usd" /> in 2025', bad: [] },
    { raw: '<p class="kicker">Act 5 · Market</p>\n\nOn Jan 27, H800s and GPT-4 met the S&P 500 in the 2010s.', bad: [] },
    { raw: '# Nvidia lost $590B', bad: ['590'] },
    { raw: '---\nclicks: 2\n---\n\n- fell 17% on Nov 11\n\n<!--\nnotes 42\n-->', bad: ['17', '11'] },
    { raw: '<Chart :step="$clicks" :max="12" />\n\n`code 7`', bad: [] },
    { raw: '<div class="correction"><span class="was">“$5.5 million”</span> A claim.</div>', bad: [] },
  ])('$raw → $bad', ({ raw, bad }) => {
    expect(slideOffenders(slide(raw)).map(o => o.split('← "')[1].slice(0, -1))).toEqual(bad)
  })

  it('checks struck-through claims against the seed article', () => {
    const seed = new Set(['5.5', '2000'])
    expect(wasOffenders(slide('<span class="was">$5.5 million on about 2,000 chips</span>'), seed)).toEqual([])
    expect(wasOffenders(slide('<span class="was">$6.5 million</span>'), seed)).toHaveLength(1)
  })

  it.each([
    { note: 'Budget: 3 min. [click] Nvidia fell about 17%, the Nasdaq about 3%, on Jan 27.', bad: [] },
    { note: 'It lost about $590B; the S&P 500 fell about 1.5%. In 1957 and the 2010s.', bad: [] },
    { note: 'It fell 42.42% and lost $7B on Nov 11, in 4 ways.', bad: ['42.42%', '$7B', 'Nov 11', '4'] },
  ])('notes: $note → $bad', ({ note, bad }) => {
    expect(noteOffenders(slide(`# T\n\n<!--\n${note}\n-->`)).map(o => o.split('← "')[1].slice(0, -1))).toEqual(bad)
  })

  it('holds a text override to its own fact', () => {
    expect(overrideOffenders(slide('<Fact id="nvidia-loss-usd" text="about $590B" />'))).toEqual([])
    expect(overrideOffenders(slide('<Fact id="nvidia-loss-usd" text="about $600B" />'))).toEqual([])
    expect(overrideOffenders(slide('<Fact id="nvidia-loss-usd" text="about $500B" />'))).toHaveLength(1)
  })
})

describe('slide markdown cites every figure through the registry', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
  })

  it('loads the deck', () => {
    expect(slides.length).toBeGreaterThan(1)
  })

  it('shows no digits outside <Fact>, except years, registry dates, "Act N", units and product names', () => {
    expect(slides.flatMap(slideOffenders), 'figures that bypass <Fact id="…" /> (file:line: text ← digits)').toEqual([])
  })

  it('quotes only the seed article\'s own numbers in struck-through class="was" claims', () => {
    const seed = seedNumbers()
    expect(slides.flatMap(s => wasOffenders(s, seed))).toEqual([])
  })

  it('keeps <Fact text="…"> overrides to the fact\'s own value', () => {
    expect(slides.flatMap(overrideOffenders)).toEqual([])
  })
})

describe('speaker notes speak only registry numbers', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
  })

  it('uses registry values (rounded as written), registry dates, years and names only', () => {
    expect(slides.flatMap(noteOffenders), 'numbers in notes that match no registry value (file:line: text ← number)').toEqual([])
  })
})
