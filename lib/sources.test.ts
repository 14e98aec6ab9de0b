import type { Fact, Source } from '../data/types'
import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources'
import { csvSourceLine } from './dataset-csv'
import { allFacts } from './facts'
import {
  bibliography,
  citation,
  factRefs,
  findSource,
  getSource,
  linkOf,
  MissingSourceError,
  numberSources,
  outletsOf,
  printedVariants,
  publisherLabel,
  sourceLine,
  sourceNumber,
  sourceRefs,
  sourcesOf,
} from './sources'

function S(id: string, publisher: string, date: string, extra: Partial<Source> = {}): Source {
  return { id, publisher, title: `Title ${id}`, date, url: `https://example.org/${id}`, ...extra }
}

function fact(sourceIds: string[], extra: Partial<Fact> = {}): Fact {
  return {
    id: 'f',
    act: 'market',
    label: 'x',
    value: 593e9,
    unit: 'USD',
    format: { style: 'usd', scale: 'B' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: sourceIds,
    ...extra,
  }
}

// Two real registry entries, so the tests follow the registry without pinning its contents.
const [first, second] = bibliography.map(e => e.source)

describe('publisherLabel and citation', () => {
  it.each([
    { source: S('a', 'Reuters', '2025-01-27'), label: 'Reuters' },
    { source: S('b', 'Reuters', '2025-01-27', { via: 'The Japan Times' }), label: 'Reuters, via The Japan Times' },
  ])('$label', ({ source, label }) => {
    expect(publisherLabel(source)).toBe(label)
    expect(citation(source)).toBe(`${label}, “${source.title}”, Jan 27, 2025`)
  })
})

describe('csvSourceLine', () => {
  it('ends with the date then the link, or "no public copy"', () => {
    expect(csvSourceLine(S('a', 'CNBC', '2025-01-31', { via: 'NBC New York' })))
      .toBe('Source: CNBC, via NBC New York, Title a, 2025-01-31, https://example.org/a')
    expect(csvSourceLine(S('b', 'Reuters', '2023-11-24', { url: undefined, noPublicCopy: true })))
      .toBe('Source: Reuters, Title b, 2023-11-24, no public copy')
  })
})

describe('numberSources', () => {
  it('numbers by publisher (ignoring case), then date, then title, from 1', () => {
    const list = [S('r2', 'Reuters', '2025-01-28'), S('a', 'afp', '2025-01-29'), S('r1', 'Reuters', '2025-01-27'), S('c', 'CNBC', '2025-01-01')]
    expect(numberSources(list).map(e => `${e.n}:${e.source.id}`)).toEqual(['1:a', '2:c', '3:r1', '4:r2'])
  })

  it('numbers the whole registry 1…n, each source once', () => {
    expect(bibliography.map(e => e.n)).toEqual(sources.map((_, i) => i + 1))
    expect(new Set(bibliography.map(e => e.source.id)).size).toBe(sources.length)
  })
})

describe('lookups', () => {
  it('finds sources by id and numbers them', () => {
    expect(findSource(first.id)).toBe(first)
    expect(getSource(second.id)).toBe(second)
    expect(sourceNumber(first.id)).toBe(1)
    expect(sourceRefs([second.id, first.id, second.id])).toBe('[1, 2]')
  })

  it('numbers the sources a list of facts cites, each once', () => {
    const [a, b] = allFacts.filter(f => f.sources.length > 0)
    expect(factRefs([a.id, b.id, a.id])).toBe(sourceRefs([...a.sources, ...b.sources]))
    expect(() => factRefs(['no-such-fact'])).toThrow(/no-such-fact/)
  })

  it('names the missing id, and the fact citing it', () => {
    expect(findSource('nope')).toBeUndefined()
    expect(() => getSource('nope', 'some-fact')).toThrow(MissingSourceError)
    expect(() => sourcesOf(fact(['nope']))).toThrow(/"nope" cited by fact "f"/)
    expect(() => sourceNumber('nope')).toThrow(/"nope"/)
  })

  it('links a fact to its first source with a public copy', () => {
    const withUrl = sources.find(s => s.url)!
    expect(linkOf(fact([withUrl.id]))).toBe(withUrl.url)
    const without = sources.find(s => !s.url)
    if (without) {
      expect(linkOf(fact([without.id, withUrl.id]))).toBe(withUrl.url)
      expect(linkOf(fact([without.id]))).toBeUndefined()
    }
  })
})

describe('printedVariants', () => {
  it('prints each variant with the fact’s format, its overrides, its numbers and reason', () => {
    const f = fact([first.id], {
      variants: [
        { value: 589e9, sourceIds: [second.id], reason: 'another share count' },
        { value: 600e9, format: { qualifier: '~' }, sourceIds: [second.id, first.id], reason: 'headline, rounded' },
      ],
    })
    expect(printedVariants(f)).toEqual([
      { value: '$589B', refs: '[2]', reason: 'another share count' },
      { value: '~$600B', refs: '[1, 2]', reason: 'headline, rounded' },
    ])
  })

  it('is empty without variants, and refuses an unknown source', () => {
    expect(printedVariants(fact([first.id]))).toEqual([])
    expect(() => printedVariants(fact([first.id], { variants: [{ value: 1, sourceIds: ['nope'], reason: 'x' }] }))).toThrow(MissingSourceError)
  })
})

describe('outletsOf and sourceLine', () => {
  it('names each publisher once with its latest date', () => {
    const reuters = bibliography.map(e => e.source).filter(s => s.publisher === 'Reuters').sort((a, b) => a.date.localeCompare(b.date))
    const facts = [fact([reuters[0].id]), fact([reuters.at(-1)!.id])]
    expect(outletsOf(facts)).toEqual([{ outlet: 'Reuters', date: reuters.at(-1)!.date }])
    expect(sourceLine(facts)).toMatch(/^Source: Reuters \(\w{3} \d{1,2}, \d{4}\)$|^Source: Reuters \(\w{3} \d{4}\)$/)
  })

  it('refuses a chart without sources', () => {
    expect(() => sourceLine([])).toThrow(/at least one/)
  })
})
