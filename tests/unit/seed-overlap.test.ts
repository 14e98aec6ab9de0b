/**
 * The deck tells the story in its own words: no run of RUN (10) or more consecutive words may be
 * shared between the seed article (../shared/seed/*.txt, beside the repo) and any slide's text
 * or speaker notes. Words are compared lower-cased with punctuation dropped; each <Fact> counts
 * as the words it shows. A missing seed folder is a failure, not a skip: CI must have it.
 */
import type { DeckSlide } from '../../lib/slides-text'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { findFact } from '../../lib/facts'
import { formatValue } from '../../lib/format'
import { loadDeck, readableText, wordRuns, wordsOf } from '../../lib/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')
const SEED = resolve(ROOT, '../shared/seed')
const RUN = 10

function seedRuns(): Set<string> {
  const files = existsSync(SEED) ? readdirSync(SEED).filter(f => f.endsWith('.txt')) : []
  if (files.length === 0)
    throw new Error(`Seed article not found: expected ${SEED}/*.txt (the read-only ../shared/seed folder beside the repo). The overlap check cannot run without it.`)
  const text = files.map(f => readFileSync(resolve(SEED, f), 'utf8')).join('\n')
  return new Set(wordRuns(wordsOf(text), RUN).map(r => r.run))
}

/** The words a slide shows and says, each Fact as its printed value. */
function slideWords(slide: DeckSlide) {
  return wordsOf(readableText(slide.raw, (tag) => {
    const fact = tag.id ? findFact(tag.id) : undefined
    return tag.text ?? (fact ? formatValue(fact.value, fact.format) : ` ${tag.id ?? ''} `)
  }))
}

/** Maximal shared runs as "file:line: “words…”". */
function overlaps(slide: DeckSlide, seed: Set<string>): string[] {
  const words = slideWords(slide)
  const covered = Array.from({ length: words.length }, () => false)
  wordRuns(words, RUN).forEach((r, i) => {
    if (seed.has(r.run))
      covered.fill(true, i, i + RUN)
  })
  const found: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (!covered[i] || covered[i - 1])
      continue
    let j = i
    while (covered[j + 1]) j++
    found.push(`${slide.file}:${slide.line + words[i].line}: “${words.slice(i, j + 1).map(w => w.word).join(' ')}” (${j - i + 1} words shared with the seed article)`)
  }
  return found
}

describe('the deck does not copy the seed article', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
  })

  it('finds the seed article beside the repo', () => {
    expect(() => seedRuns()).not.toThrow()
  })

  it('catches a copied run (self-check)', () => {
    const seed = seedRuns()
    const copied = [...seed][Math.floor(seed.size / 2)]
    const fake: DeckSlide = { no: 1, file: 'x.md', line: 1, raw: `# Title\n\nWe wrote: ${copied}, and more.\n\n<!--\nOur own words.\n-->`, frontmatter: {} }
    expect(overlaps(fake, seed)).toEqual([`x.md:3: “${copied}” (10 words shared with the seed article)`])
  })

  it(`shares no run of ${RUN} words between slides or notes and the seed article`, () => {
    const seed = seedRuns()
    expect(slides.flatMap(s => overlaps(s, seed)), 'copied word runs (reword them)').toEqual([])
  })
})
