import type { Source } from '../data/types'
import { describe, expect, it } from 'vitest'
import { FACTS_CHECKED } from '../data/checked'
import { citationBibtex, citationText, parseStep, uniqueSources } from './chart-pages'
import { marketMovesChart } from './charts/market-moves'
import { getFact } from './facts'
import { formatDate } from './format'
import { publisherLabel, sourcesOf } from './sources'

describe('parseStep', () => {
  const steps = marketMovesChart.steps.length
  const last = steps - 1

  it('draws a whole step in range', () => {
    for (let n = 0; n < steps; n++)
      expect(parseStep(String(n), steps)).toEqual({ step: n, notice: '' })
    expect(parseStep(' 0 ', steps).step).toBe(0)
  })

  it('draws the finished chart, quietly, when no step is asked for', () => {
    for (const raw of [null, undefined, '', '  '])
      expect(parseStep(raw, steps)).toEqual({ step: last, notice: '' })
  })

  it('draws the finished chart, with a notice, for a bad step', () => {
    for (const raw of ['-1', '99', String(steps), 'abc', '1.5', '1e3', '0x1', '2abc', '9999999']) {
      const got = parseStep(raw, steps)
      expect(got.step, raw).toBe(last)
      expect(got.notice, raw).toMatch(/finished chart/)
    }
  })

  it('names the range when the step is past the end', () => {
    expect(parseStep('99', steps).notice).toContain(`0 to ${last}`)
  })

  it('keeps a one-step chart at its only step', () => {
    expect(parseStep('0', 1)).toEqual({ step: 0, notice: '' })
    expect(parseStep('1', 1).step).toBe(0)
  })

  it('carries no outside reference, so its source text runs alone in a page', () => {
    // eslint-disable-next-line no-new-func
    const alone = new Function(`return (${parseStep.toString()})`)() as typeof parseStep
    expect(alone('1', 3)).toEqual(parseStep('1', 3))
    expect(alone('abc', 3)).toEqual(parseStep('abc', 3))
  })
})

describe('citations', () => {
  const sources = uniqueSources(marketMovesChart.dataset.factIds.map(getFact).flatMap(sourcesOf))
  const cite = {
    id: marketMovesChart.id,
    deckTitle: 'A deck',
    chartTitle: marketMovesChart.title,
    date: FACTS_CHECKED.date,
    url: 'https://example.org/deck/charts/market-moves/',
    sources,
  }

  it('lists each source once', () => {
    expect(sources.length).toBeGreaterThan(0)
    expect(new Set(sources.map(s => s.id)).size).toBe(sources.length)
    const twice: Source[] = [...sources, ...sources]
    expect(uniqueSources(twice)).toEqual(sources)
  })

  it('names the chart, the deck, the date, the URL and every source as text', () => {
    const text = citationText(cite)
    expect(text).toContain(marketMovesChart.title)
    expect(text).toContain('A deck')
    expect(text).toContain(formatDate(FACTS_CHECKED.date))
    expect(text).toContain(cite.url)
    for (const s of sources) {
      expect(text).toContain(publisherLabel(s))
      expect(text).toContain(s.title)
      if (s.url)
        expect(text).toContain(s.url)
    }
  })

  it('writes one BibTeX @misc entry with balanced braces and escaped specials', () => {
    const bib = citationBibtex({ ...cite, chartTitle: 'Costs & 50% of {it}_all $' })
    expect(bib).toMatch(/^@misc\{marketmoves\d{4},\n/)
    expect(bib).toContain(`url = {${cite.url}}`)
    expect(bib).toContain(`urldate = {${FACTS_CHECKED.date}}`)
    expect(bib).toContain('Costs \\& 50\\% of \\{it\\}\\_all \\$')
    let depth = 0
    for (const ch of bib.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
    for (const s of sources)
      expect(bib).toContain(s.date)
  })
})
