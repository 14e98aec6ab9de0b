/**
 * The deck tells the story in its own words: no run of RUN (10) or more consecutive words may be
 * shared between the seed article and any slide's text or speaker notes. Words are compared
 * lower-cased with punctuation dropped; each <Fact> counts as the words it shows.
 *
 * The corrections (data/corrections.ts) are held to the same rule: each marker's words, as
 * <Correction> prints them, share no run of RUN words with the article, and any number in what
 * "the article said" is one the article contains (it paraphrases the article's claim).
 *
 * The article is not in the repository. tests/fixtures/seed-fingerprint.json holds a hash of each
 * of its 10-word runs (scripts/seed-fingerprint.mjs writes it; `npm run seed:fingerprint`), and
 * the slides' runs are hashed with the same function (scripts/seed-fingerprint-lib.mjs).
 */
import type { SeedFingerprint } from '../../scripts/seed-fingerprint-lib.mjs'
import type { DeckSlide } from '../tooling/slides-text'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORRECTIONS } from '../../data/corrections'
import { findFact } from '../../lib/facts'
import { formatValue } from '../../lib/format'
import { fingerprint, fingerprintJson, hashRun, NUMBER, numberKey, PROBE_RUN, RUN, runsOf, wordRuns, wordsOf } from '../../scripts/seed-fingerprint-lib.mjs'
import { loadDeck, readableText } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')
const FINGERPRINT = resolve(ROOT, 'tests/fixtures/seed-fingerprint.json')

function readFingerprint(file = FINGERPRINT): SeedFingerprint {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedFingerprint
}

/** The words a slide shows and says, each Fact as its printed value. */
function slideWords(slide: DeckSlide) {
  return wordsOf(readableText(slide.raw, (tag) => {
    const fact = tag.id ? findFact(tag.id) : undefined
    return tag.text ?? (fact ? formatValue(fact.value, fact.format) : ` ${tag.id ?? ''} `)
  }))
}

/** Maximal shared runs as "file:line: “words…”", given the article's hashed runs. */
function overlaps(slide: DeckSlide, seedRuns: Set<string>): string[] {
  const words = slideWords(slide)
  const covered = Array.from({ length: words.length }).fill(false)
  wordRuns(words, RUN).forEach((r, i) => {
    if (seedRuns.has(hashRun(r.run)))
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

const fakeSlide = (raw: string): DeckSlide => ({ no: 1, file: 'x.md', line: 1, raw, frontmatter: {} })

// A stand-in article, so the self-checks never need the real one.
const FAKE_ARTICLE = [
  'In January a small laboratory released a reasoning model that matched the best American systems.',
  'Markets reacted within days, and one chipmaker lost about 17% of its value in a single session.',
].join('\n')

describe('the copy check itself (a fake article)', () => {
  const work = mkdtempSync(join(tmpdir(), 'seed-fingerprint-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('catches a copied run and its full extent, on the right line, in slides and notes', () => {
    const runs = runsOf(fingerprint(FAKE_ARTICLE))
    const copied = 'a reasoning model that matched the best American systems Markets reacted'
    const slide = fakeSlide(`# Title\n\nWe wrote: ${copied}, and more.\n\n<!--\nOur own words.\n-->`)
    expect(overlaps(slide, runs)).toEqual([`x.md:3: “${copied.toLowerCase()}” (11 words shared with the seed article)`])
    const inNotes = fakeSlide(`# Title\n\n<!--\nOne chipmaker lost about 17% of its value in a single session, they said.\n-->`)
    expect(overlaps(inNotes, runs)).toHaveLength(1)
  })

  it('lets nine shared words in a row pass, and counts a <Fact> as the words it prints', () => {
    const runs = runsOf(fingerprint(FAKE_ARTICLE))
    expect(overlaps(fakeSlide('# T\n\nA reasoning model that matched the best American systems, we think.'), runs)).toEqual([])
    expect(overlaps(fakeSlide('# T\n\nOne chipmaker lost <Fact id="x" text="about 17%" /> of its value in a single session.'), runs)).toHaveLength(1)
  })

  it('`npm run seed:fingerprint` writes, from a seed folder, the fingerprint the test reads', () => {
    const seed = join(work, 'seed')
    const out = join(work, 'fingerprint.json')
    mkdirSync(seed)
    writeFileSync(join(seed, 'article.txt'), FAKE_ARTICLE)
    const result = spawnSync(process.execPath, ['scripts/seed-fingerprint.mjs', '--seed', seed, '--out', out], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status, result.stderr).toBe(0)
    // Byte for byte what the shared module makes: the script hashes with the test's function.
    expect(readFileSync(out, 'utf8')).toBe(fingerprintJson(fingerprint(FAKE_ARTICLE)))
    const caught = overlaps(fakeSlide('# T\n\nMarkets reacted within days, and one chipmaker lost about 17% of it.'), runsOf(readFingerprint(out)))
    expect(caught).toHaveLength(1)
    expect(readFingerprint(out).numbers).toEqual(['17'])
  })

  it('says clearly when the seed folder is absent, and writes nothing', () => {
    const out = join(work, 'none.json')
    const result = spawnSync(process.execPath, ['scripts/seed-fingerprint.mjs', '--seed', join(work, 'missing'), '--out', out], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/no seed article here .* does not exist/)
    expect(() => readFileSync(out)).toThrow()
  })
})

describe('the committed fingerprint', () => {
  const fp = readFingerprint()

  it('is a fingerprint of this format: 10-word runs, the shared hash, one entry per run', () => {
    const runs = runsOf(fp) // throws naming any mismatch in version, run length, hash or entries
    expect(fp.words, 'words in the article').toBeGreaterThan(500)
    expect(runs.size, 'distinct runs: at most one per word position').toBeLessThanOrEqual(fp.words - RUN + 1)
    expect(runs.size, 'distinct runs: nearly every position, as prose rarely repeats ten words').toBeGreaterThan((fp.words - RUN + 1) * 0.95)
    expect(fp.runs).toEqual([...fp.runs].sort())
    expect(fp.numbers.length).toBeGreaterThan(0)
  })

  it('was hashed with the function this test hashes slides with (its probe run hashes the same)', () => {
    expect(wordsOf(PROBE_RUN).map(w => w.word).join(' '), 'the probe is a normalised run').toBe(PROBE_RUN)
    expect(wordsOf(PROBE_RUN)).toHaveLength(RUN)
    expect(fp.probe).toEqual({ run: PROBE_RUN, hash: hashRun(PROBE_RUN) })
  })

  it('holds no words of the article, only hashes and numbers', () => {
    expect(fp.runs.every(h => /^[0-9a-f]{16}$/.test(h))).toBe(true)
    expect(fp.numbers.every(n => /^\d+(?:\.\d+)*$/.test(n))).toBe(true)
    expect(Object.keys(fp).sort()).toEqual(['about', 'hash', 'numbers', 'probe', 'run', 'runs', 'version', 'words'])
  })
})

describe('the deck does not copy the seed article', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
  })

  it(`shares no run of ${RUN} words between slides or notes and the seed article`, () => {
    expect(slides.length).toBeGreaterThan(1)
    const runs = runsOf(readFingerprint())
    expect(slides.flatMap(s => overlaps(s, runs)), 'copied word runs (reword them)').toEqual([])
  })
})

/** Each correction as a one-slide stand-in: the marker's words, figures as <Fact> tags, at its line in data/corrections.ts. */
function correctionSlides(): DeckSlide[] {
  const file = 'data/corrections.ts'
  const lines = readFileSync(resolve(ROOT, file), 'utf8').split('\n')
  return CORRECTIONS.map((c) => {
    const line = lines.findIndex(l => l.includes(`id: '${c.id}'`)) + 1
    const fact = c.fact.replace(/\{([\w-]+)\}/g, (_, id: string) => `<Fact id="${id}" />`)
    return { no: 0, file, line, raw: `The article said ${c.said} · In fact ${fact}`, frontmatter: {} }
  })
}

/** Product names with digits (V3, R1, H800, GPT-4) are not the article's numbers. */
const MODEL_NAMES = /\b(?:[A-Z]+-?\d[\w.]*|[a-z]\d+[a-z]?)\b/g

describe('the corrections do not copy the seed article either', () => {
  it('have a line in data/corrections.ts each', () => {
    expect(correctionSlides().filter(s => s.line < 1).map(s => s.raw)).toEqual([])
  })

  it(`share no run of ${RUN} words with the seed article`, () => {
    const runs = runsOf(readFingerprint())
    expect(correctionSlides().flatMap(s => overlaps(s, runs)), 'copied word runs (reword them)').toEqual([])
  })

  it('quote only the seed article\'s own numbers in what "the article said"', () => {
    const seed = new Set(readFingerprint().numbers)
    const stray = CORRECTIONS.flatMap(c => [...c.said.replace(MODEL_NAMES, ' ').matchAll(NUMBER)]
      .filter(m => !seed.has(numberKey(m[0])))
      .map(m => `${c.id}: “${c.said}” ← "${m[0]}" is not in the seed article`))
    expect(stray).toEqual([])
  })
})
