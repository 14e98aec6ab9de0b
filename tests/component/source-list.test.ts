/**
 * The sources slides (pages/09-sources.md) end the deck, and hence the PDF: one slide of the
 * figures the sources disagree on (<SourceList />), then the numbered bibliography generated
 * from data/sources.ts (<Bibliography :part :of />), each publication exactly once, over at most
 * four slides, none overflowing. Entries print the publisher with its syndication partner, the
 * title as a link (or "No public copy"), and the date.
 */
import type { Fact, Source } from '../../data/types'
import type { DeckSlide } from '../tooling/slides-text'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import Bibliography, { BIB_LINES_PER_SLIDE, bibEntryLines, bibEntryText, withStop } from '../../components/Bibliography.vue'
import SourceList, { contestedFacts } from '../../components/SourceList.vue'
import { allFacts } from '../../lib/facts'
import { formatDate, formatValue } from '../../lib/format'
import { bibliography, printedVariants, publisherLabel, sourceRefs } from '../../lib/sources'
import { splitParts } from '../../lib/split-parts'
import { loadDeck, maskCode, maskComments } from '../tooling/slides-text'

const ROOT = `${resolve(import.meta.dirname, '../..')}/`
/** Issue #12: the per-act lists became one bibliography of at most four slides. */
const MAX_BIBLIOGRAPHY_SLIDES = 4

interface BibTag { part: number, of: number, slide: DeckSlide }

const clean = (slide: DeckSlide) => maskComments(maskCode(slide.raw))
function bibTags(slide: DeckSlide): BibTag[] {
  return [...clean(slide).matchAll(/<Bibliography\b([^>]*?)\/?>/g)].map((m) => {
    const num = (name: string) => Number(m[1].match(new RegExp(`:?\\b${name}\\s*=\\s*"(\\d+)"`))?.[1] ?? 1)
    return { part: num('part'), of: num('of'), slide }
  })
}
const hasSourceList = (slide: DeckSlide) => /<SourceList\b/.test(clean(slide))

const linesOf = (parts: typeof bibliography[number][]) => parts.reduce((sum, e) => sum + bibEntryLines(bibEntryText(e)), 0)

describe('sources slides', () => {
  let slides: DeckSlide[] = []
  let tags: BibTag[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
    tags = slides.flatMap(bibTags)
  })
  const at = (s: DeckSlide) => `${s.file}:${s.line} (slide ${s.no})`

  it('end the deck: the contested figures, then the bibliography slides, nothing after', () => {
    expect(tags.length, 'no <Bibliography> in the deck').toBeGreaterThan(0)
    const list = slides.filter(hasSourceList)
    expect(list.map(at), 'one <SourceList /> slide').toHaveLength(1)
    const first = list[0].no
    const after = slides.filter(s => s.no > first && bibTags(s).length === 0).map(at)
    expect(after, 'slides after the sources list that are not bibliography slides').toEqual([])
  })

  it('split the bibliography into parts 1…of, in order, one per slide, at most four', () => {
    const of = tags[0].of
    expect(of).toBeLessThanOrEqual(MAX_BIBLIOGRAPHY_SLIDES)
    expect(tags.map(t => `${t.part}/${t.of}`)).toEqual(Array.from({ length: of }, (_, i) => `${i + 1}/${of}`))
    expect(slides.filter(s => bibTags(s).length > 1).map(at), 'two lists on one slide').toEqual([])
  })

  it('list every source exactly once, in number order', () => {
    const rendered = tags.flatMap(t => mount(Bibliography, { props: { part: t.part, of: t.of } })
      .findAll('[data-source-id]')
      .map(li => li.attributes('data-source-id')))
    expect(rendered).toEqual(bibliography.map(e => e.source.id))
  })

  it('fit: no part is estimated taller than a slide, and none is empty', () => {
    const of = tags[0].of
    const parts = splitParts(bibliography, e => bibEntryLines(bibEntryText(e)), of)
    const problems = parts.flatMap((p, i) => p.length === 0
      ? [`part ${i + 1}/${of} is empty`]
      : linesOf(p) > BIB_LINES_PER_SLIDE ? [`part ${i + 1}/${of} ≈ ${linesOf(p).toFixed(1)} lines > ${BIB_LINES_PER_SLIDE}`] : [])
    expect(problems).toEqual([])
  })
})

describe('Bibliography entries (real registry)', () => {
  const wrapper = mount(Bibliography)

  it.each(bibliography.map(e => [e.n, e] as const))('[%i] prints number, publisher and partner, linked title, date', (_n, { n, source }) => {
    const li = wrapper.find(`[data-source-id="${source.id}"]`)
    const text = li.text().replace(/\s+/g, ' ')
    expect(text.startsWith(`[${n}] ${withStop(publisherLabel(source))}`)).toBe(true)
    expect(text).toContain(source.title)
    expect(text).toContain(formatDate(source.date))
    const links = li.findAll('a')
    if (source.url) {
      expect(links.map(a => a.attributes())).toEqual([expect.objectContaining({ href: source.url, target: '_blank', rel: 'noopener' })])
      expect(text).not.toContain('No public copy')
    }
    else {
      expect(links).toHaveLength(0)
      expect(text).toContain('No public copy')
    }
  })

  it('refuses a part that does not exist', () => {
    expect(() => mount(Bibliography, { props: { part: 3, of: 2 } })).toThrow(/part 3 of 2/)
  })
})

describe('Bibliography (fixture registry)', () => {
  const SOURCES: Source[] = [
    { id: 'r', publisher: 'Reuters', title: 'Rout', date: '2025-01-27', url: 'https://www.japantimes.co.jp/x', via: 'The Japan Times' },
    { id: 'a', publisher: 'AFP', title: 'Curbs', date: '2025-01-29', url: 'https://www.afp.com/x' },
    { id: 'n', publisher: 'Reuters', title: 'Delay', date: '2023-11-24', noPublicCopy: true },
  ]

  async function mountFixture() {
    vi.resetModules()
    vi.doMock('../../data/sources', () => ({ sources: SOURCES }))
    const { default: List } = await import('../../components/Bibliography.vue')
    vi.doUnmock('../../data/sources')
    return mount(List)
  }

  it('numbers by publisher, then date; says "via"; leaves a no-public-copy entry unlinked', async () => {
    const items = (await mountFixture()).findAll('li').map(li => li.text().replace(/\s+/g, ' '))
    expect(items).toEqual([
      '[1] AFP. “Curbs”. Jan 29, 2025.',
      '[2] Reuters. “Delay”. Nov 24, 2023. No public copy.',
      '[3] Reuters, via The Japan Times. “Rout”. Jan 27, 2025.',
    ])
  })
})

describe('SourceList: where the sources disagree (real registry)', () => {
  const contested = contestedFacts(allFacts)

  it('has contested figures to show', () => {
    expect(contested.length).toBeGreaterThan(0)
  })

  it('shows each contested fact with its value, numbers, and every variant with numbers and reason', () => {
    const wrapper = mount(SourceList)
    expect(wrapper.findAll('[data-fact-id]').map(li => li.attributes('data-fact-id'))).toEqual(contested.map(f => f.id))
    for (const fact of contested) {
      const text = wrapper.find(`[data-fact-id="${fact.id}"]`).text().replace(/\s+/g, ' ')
      // Dates in a label print as on the slides ("Jan 27, 2025"), never ISO.
      expect(text).toContain(fact.label.replace(/\b\d{4}-\d{2}-\d{2}\b/g, iso => formatDate(iso)))
      expect(text, 'no ISO date on screen').not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
      expect(text).toContain(`${formatValue(fact.value, fact.format)} ${sourceRefs(fact.sources)}`)
      if (fact.claimedBy)
        expect(text).toContain(`claimed by ${fact.claimedBy}`)
      for (const v of printedVariants(fact))
        expect(text).toContain(`${v.value} ${v.refs}: ${v.reason}`)
    }
  })
})

describe('SourceList (fixture registry)', () => {
  const base: Pick<Fact, 'act' | 'unit' | 'format' | 'asOf' | 'sources' | 'confidence'> = { act: 'market', unit: 'USD', format: { style: 'usd', scale: 'B' }, asOf: '2025-01-27', sources: ['reuters-2025-01-27-ai-rout'], confidence: 'high' }
  const FIXTURE: Fact[] = [
    { ...base, id: 'plain', label: 'Plain', value: 1e9 },
    { ...base, id: 'loss', label: 'Loss', value: 593e9, claimedBy: 'LSEG', variants: [{ value: 589e9, sourceIds: ['reuters-2025-01-27-ai-rout'], reason: 'another share count' }] },
    { ...base, id: 'hidden', label: 'Hidden', value: 1e9, confidence: 'unverified', variants: [{ value: 2e9, sourceIds: ['reuters-2025-01-27-ai-rout'], reason: 'x' }] },
  ]

  it('lists only facts with variants, never unverified ones', async () => {
    vi.resetModules()
    vi.doMock('../../lib/facts', () => ({ allFacts: FIXTURE }))
    const { default: List } = await import('../../components/SourceList.vue')
    vi.doUnmock('../../lib/facts')
    const wrapper = mount(List)
    expect(wrapper.findAll('[data-fact-id]').map(li => li.attributes('data-fact-id'))).toEqual(['loss'])
    const refs = sourceRefs(['reuters-2025-01-27-ai-rout'])
    const entry = wrapper.find('[data-fact-id="loss"]')
    expect(entry.text().replace(/\s+/g, ' ')).toMatch(/^Loss: \$593B \[\d+\] \(claimed by LSEG\)/)
    expect(entry.find('.source-variant').text().replace(/\s+/g, ' ')).toBe(`$589B ${refs}: another share count`)
  })
})
