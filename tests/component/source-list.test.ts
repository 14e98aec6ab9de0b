/**
 * The sources slides (pages/09-sources.md) must end the deck, and hence the PDF, with every
 * listed fact: each act in ACTS order, split into parts 1…of that together cover the act, no
 * part overflowing its slide. Entries print label, value, outlet, linked title and date;
 * low-confidence facts say "reported"; unverified ones never appear.
 */
import type { Act, Fact } from '../../data/types'
import type { DeckSlide } from '../../lib/slides-text'
import { mount } from '@vue/test-utils'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import SourceList, { entryLines, entryText, LINES_PER_SLIDE, listedFacts, splitParts } from '../../components/SourceList.vue'
import { allFacts } from '../../lib/facts'
import { ACTS } from '../../data/types'
import { formatDate, formatValue } from '../../lib/format'
import { loadDeck, maskComments, maskCode } from '../../lib/slides-text'

const ROOT = `${resolve(import.meta.dirname, '../..')}/`

interface ListTag { act: Act, part: number, of: number, slide: DeckSlide }

function listTags(slide: DeckSlide): ListTag[] {
  const text = maskComments(maskCode(slide.raw))
  return [...text.matchAll(/<SourceList\b([^>]*?)\/?>/g)].map((m) => {
    const num = (name: string) => Number(m[1].match(new RegExp(`:?\\b${name}\\s*=\\s*"(\\d+)"`))?.[1] ?? 1)
    return { act: m[1].match(/\bact\s*=\s*"([^"]+)"/)?.[1] as Act, part: num('part'), of: num('of'), slide }
  })
}

const linesOf = (f: Fact) => entryLines(entryText(f, formatValue(f.value, f.format)))
const totalLines = (facts: Fact[]) => facts.reduce((sum, f) => sum + linesOf(f), 0)
/** The fewest parts whose estimated heights all fit a slide. */
function partsNeeded(facts: Fact[]): number {
  for (let of = 1; of <= facts.length; of++) {
    if (splitParts(facts, linesOf, of).every(p => totalLines(p) <= LINES_PER_SLIDE))
      return of
  }
  return facts.length
}

describe('splitParts', () => {
  it.each([
    { weights: [], of: 2, parts: [[], []] },
    { weights: [5], of: 1, parts: [[5]] },
    { weights: [1, 1, 1, 1], of: 2, parts: [[1, 1], [1, 1]] },
    { weights: [3, 1, 1, 1], of: 2, parts: [[3], [1, 1, 1]] },
    { weights: [1, 2, 3], of: 5, parts: [[1], [2], [], [3], []] },
    { weights: [0, 0], of: 2, parts: [[0, 0], []] },
  ])('$weights in $of parts', ({ weights, of, parts }) => {
    expect(splitParts(weights, w => w, of)).toEqual(parts)
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects of = %s', (of) => {
    expect(() => splitParts([1], w => w, of)).toThrow(TypeError)
  })
})

describe('sources slides cover the registry', () => {
  let slides: DeckSlide[] = []
  let tags: ListTag[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
    tags = slides.flatMap(listTags)
  })
  const at = (t: ListTag) => `${t.slide.file}:${t.slide.line} (slide ${t.slide.no})`

  it('ends the deck: every slide from the first sources list on is a sources slide', () => {
    expect(tags.length, 'no <SourceList> in the deck').toBeGreaterThan(0)
    const first = tags[0].slide.no
    const after = slides.filter(s => s.no >= first && listTags(s).length === 0).map(s => `${s.file}:${s.line} (slide ${s.no})`)
    expect(after, 'slides after the sources lists (the PDF must end with the full list)').toEqual([])
  })

  it('lists acts in ACTS order, parts 1…of in order, one list per slide', () => {
    const problems: string[] = []
    for (const t of tags) {
      if (!ACTS.includes(t.act))
        problems.push(`${at(t)}: act "${t.act}" is not one of ${ACTS.join(', ')}`)
      if (listTags(t.slide).length > 1)
        problems.push(`${at(t)}: one <SourceList> per slide`)
    }
    const expected = ACTS.flatMap((act) => {
      const of = tags.find(t => t.act === act)?.of ?? 0
      return Array.from({ length: of }, (_, i) => `${act} ${i + 1}/${of}`)
    })
    expect(problems).toEqual([])
    expect(tags.map(t => `${t.act} ${t.part}/${t.of}`), 'sequence of <SourceList act part of> tags').toEqual(expected)
  })

  it('covers every listed fact of every act', () => {
    const missing = ACTS.filter(act => listedFacts(allFacts, act).length > 0 && !tags.some(t => t.act === act))
      .map(act => `act "${act}" (${listedFacts(allFacts, act).length} facts) has no <SourceList act="${act}" /> slide`)
    expect(missing).toEqual([])
    const rendered = tags.flatMap(t => mount(SourceList, { props: { act: t.act, part: t.part, of: t.of } })
      .findAll('[data-fact-id]').map(li => li.attributes('data-fact-id')))
    const listed = ACTS.flatMap(act => listedFacts(allFacts, act).map(f => f.id))
    expect(listed.filter(id => !rendered.includes(id)), 'facts missing from the sources slides').toEqual([])
    expect(rendered.filter((id, i) => rendered.indexOf(id) !== i), 'facts listed twice').toEqual([])
    expect(rendered.length).toBe(listed.length)
  })

  it('uses no more slides per act than it needs', () => {
    const wasted = ACTS.flatMap((act) => {
      const of = tags.find(t => t.act === act)?.of
      const needed = partsNeeded(listedFacts(allFacts, act))
      return of !== undefined && of > needed ? [`act "${act}" fits in ${needed} slides but is split over ${of}: use part 1…${needed}`] : []
    })
    expect(wasted).toEqual([])
  })

  it('fits: no part is estimated taller than a slide, and none is empty', () => {
    const problems = tags.flatMap((t) => {
      const facts = listedFacts(allFacts, t.act)
      const part = splitParts(facts, linesOf, t.of)[t.part - 1] ?? []
      const lines = totalLines(part)
      const fix = `act "${t.act}" has ${facts.length} facts ≈ ${Math.round(totalLines(facts))} lines: split it over ${partsNeeded(facts)} slides (part 1…${partsNeeded(facts)})`
      if (part.length === 0)
        return [`${at(t)}: ${t.act} part ${t.part}/${t.of} is empty; ${fix}`]
      if (lines > LINES_PER_SLIDE)
        return [`${at(t)}: ${t.act} part ${t.part}/${t.of} ≈ ${lines.toFixed(1)} lines > ${LINES_PER_SLIDE}; ${fix}`]
      return []
    })
    expect(problems).toEqual([])
  })
})

describe('SourceList entries (real registry)', () => {
  it.each(ACTS.filter(act => listedFacts(allFacts, act).length > 0))('prints label, value, outlet, https link and date for act %s', (act) => {
    const wrapper = mount(SourceList, { props: { act } })
    for (const fact of listedFacts(allFacts, act)) {
      const li = wrapper.find(`[data-fact-id="${fact.id}"]`)
      const text = li.text()
      expect(text).toContain(fact.label)
      expect(text).toContain(formatValue(fact.value, fact.format))
      expect(li.findAll('a').map(a => a.attributes('href'))).toEqual(fact.sources.map(s => s.url))
      for (const s of fact.sources) {
        expect(text).toContain(s.outlet)
        expect(text).toContain(formatDate(s.date))
      }
      expect(text.includes('(reported)')).toBe(fact.confidence === 'low')
    }
  })

  it('refuses a part that does not exist', () => {
    const act = ACTS.find(a => listedFacts(allFacts, a).length > 0)!
    expect(() => mount(SourceList, { props: { act, part: 3, of: 2 } })).toThrow(/part 3 of 2/)
  })
})

describe('SourceList entries (fixture registry)', () => {
  const source = { outlet: 'Reuters', title: 'A title', url: 'https://example.com/a', date: '2025-01-27' }
  const base: Pick<Fact, 'act' | 'unit' | 'format' | 'asOf' | 'sources'> = { act: 'market', unit: 'USD', format: { style: 'usd', scale: 'B' }, asOf: '2025-01-27', sources: [source] }
  const FIXTURE: Fact[] = [
    { ...base, id: 'f-high', label: 'High one', value: 593e9, confidence: 'high' },
    { ...base, id: 'f-low', label: 'Low one', value: 108e9, confidence: 'low' },
    { ...base, id: 'f-unverified', label: 'Unverified one', value: 1e9, confidence: 'unverified' },
    { ...base, id: 'f-background', label: 'Background one', value: { low: 589e9, high: 593e9 }, confidence: 'medium', background: true, derived: 'a ÷ b', sources: [source, { ...source, outlet: 'Forbes', url: 'https://example.com/b', date: '2025-01-28' }] },
    { ...base, id: 'f-other-act', act: 'cost', label: 'Other act', value: 5e9, confidence: 'high' },
  ]

  async function mountFixture(props: { act: Act, part?: number, of?: number }) {
    vi.resetModules()
    vi.doMock('../../lib/facts', () => ({ allFacts: FIXTURE }))
    const { default: List } = await import('../../components/SourceList.vue')
    vi.doUnmock('../../lib/facts')
    return mount(List, { props })
  }

  it('lists background facts, leaves out unverified ones and other acts', async () => {
    const ids = (await mountFixture({ act: 'market' })).findAll('[data-fact-id]').map(li => li.attributes('data-fact-id'))
    expect(ids).toEqual(['f-high', 'f-low', 'f-background'])
  })

  it('prints one entry as label — value — outlet, linked title, date', async () => {
    const li = (await mountFixture({ act: 'market' })).find('[data-fact-id="f-high"]')
    expect(li.text().replace(/\s+/g, ' ')).toBe('High one — $593B — Reuters, “A title”, Jan 27, 2025')
    expect(li.find('a').attributes()).toMatchObject({ href: 'https://example.com/a', target: '_blank', rel: 'noopener' })
  })

  it('marks low confidence as reported and derived values as derived, and lists every source', async () => {
    const wrapper = await mountFixture({ act: 'market' })
    expect(wrapper.find('[data-fact-id="f-low"]').text()).toContain('$108B (reported)')
    const bg = wrapper.find('[data-fact-id="f-background"]')
    expect(bg.text().replace(/\s+/g, ' ')).toBe('Background one — $589–593B (derived) — Reuters, “A title”, Jan 27, 2025; Forbes, “A title”, Jan 28, 2025')
    expect(bg.findAll('a').map(a => a.attributes('href'))).toEqual(['https://example.com/a', 'https://example.com/b'])
  })

  it('splits an act into parts that together hold every entry', async () => {
    const parts = await Promise.all([1, 2].map(async part => (await mountFixture({ act: 'market', part, of: 2 })).findAll('[data-fact-id]').map(li => li.attributes('data-fact-id'))))
    expect(parts.flat()).toEqual(['f-high', 'f-low', 'f-background'])
    expect(parts.every(p => p.length > 0)).toBe(true)
  })
})
