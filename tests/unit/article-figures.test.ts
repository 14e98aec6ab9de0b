/**
 * The appendix table "What the article said, checked" (data/corrections.ts) accounts for every
 * number in the seed article, as the committed fingerprint lists them; each row's fact exists and
 * may be shown; each row names a slide whose title the deck still has; and the corrections the
 * slides may mark are exactly its wrong and imprecise rows, slips aside.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARTICLE_FIGURES, CORRECTIONS } from '../../data/corrections'
import { allFacts } from '../../data/facts'
import { loadDeck } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')
const seedNumbers: string[] = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seed-fingerprint.json'), 'utf8')).numbers
const facts = new Map(allFacts.map(f => [f.id, f]))
const templateIds = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map(m => m[1])

describe('the article-figures table', () => {
  it('has a fingerprint with numbers to account for', () => {
    expect(seedNumbers.length).toBeGreaterThan(0)
  })

  it('accounts for every number in the seed article', () => {
    const covered = new Set(ARTICLE_FIGURES.flatMap(f => f.numbers ?? []))
    expect(seedNumbers.filter(n => !covered.has(n)), 'article numbers with no row').toEqual([])
  })

  it('claims only numbers the article has, each in what the row says the article said', () => {
    const seed = new Set(seedNumbers)
    const bad = ARTICLE_FIGURES.flatMap(f => (f.numbers ?? []).flatMap(n => [
      !seed.has(n) && `${f.id}: "${n}" is not in the seed article`,
      !f.said.replace(/,/g, '').includes(n) && `${f.id}: "${n}" is not in what it said (“${f.said}”)`,
    ]).filter(Boolean))
    expect(bad).toEqual([])
  })

  it('has unique ids and cites facts that exist and may be shown', () => {
    const ids = ARTICLE_FIGURES.map(f => f.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([])
    const bad = ARTICLE_FIGURES.flatMap(f => [f.factId, ...templateIds(f.fact)].flatMap((id) => {
      const fact = facts.get(id)
      return !fact ? [`${f.id}: unknown fact "${id}"`] : fact.confidence === 'unverified' ? [`${f.id}: "${id}" is unverified`] : []
    }))
    expect(bad).toEqual([])
  })

  it('names, for each row, a slide whose title has its keyword', async () => {
    const titles = (await loadDeck(ROOT))
      .map(s => /^#\s+(.+)$/m.exec(s.raw)?.[1] ?? '')
      .map(t => t.replace(/<Fact[^>]*\btext="([^"]*)"[^>]*\/>/g, '$1').replace(/<[^>]+>/g, ''))
    const missing = ARTICLE_FIGURES.filter(f => !titles.some(t => t.includes(f.onSlide))).map(f => `${f.id}: no slide title has “${f.onSlide}”`)
    expect(missing).toEqual([])
  })

  it('marks exactly the wrong and imprecise rows as corrections, slips (trivial) left to the table', () => {
    expect(CORRECTIONS.map(c => c.id)).toEqual(ARTICLE_FIGURES.filter(f => f.verdict !== 'right' && !f.trivial).map(f => f.id))
    expect(ARTICLE_FIGURES.filter(f => f.trivial && f.verdict === 'right').map(f => f.id), 'a slip is wrong or imprecise').toEqual([])
    expect(CORRECTIONS.length).toBeGreaterThan(0)
    expect(ARTICLE_FIGURES.some(f => f.verdict === 'right')).toBe(true)
  })
})
