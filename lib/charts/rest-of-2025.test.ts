import { describe, expect, it } from 'vitest'
import { getFact, printedFact } from '../facts'
import { restOf2025Chart as chart, REST_OF_2025_FONT } from './rest-of-2025'

const shown = (clicks: number) => chart.at(clicks).shownRows.map(r => r.id)

describe('rest-of-2025 chart definition', () => {
  it.each([
    { clicks: 0, ids: ['r1', 'selloff', 'rebound'] },
    { clicks: 1, ids: ['r1', 'selloff', 'rebound', 'r1-paper'] },
    { clicks: 2, ids: ['r1', 'selloff', 'rebound', 'h20-licence', 'h20-charge', 'rescind', 'h20-resume', 'r1-paper'] },
  ])('click $clicks shows $ids.length events', ({ clicks, ids }) => {
    expect(shown(clicks)).toEqual(ids)
    expect(chart.spec.marksAtStep(clicks)).toBe(ids.length)
  })

  it.each([
    { id: 'rebound', text: `Jan 28 ${printedFact('nvidia-rebound-pct')} the next day` },
    { id: 'r1-paper', text: `Sep 17 R1 paper: reasoning stage ${printedFact('r1-rl-cost')}` },
    { id: 'h20-licence', text: 'Apr 9 H20 needs a licence' },
    { id: 'h20-charge', text: `Apr 15 ${printedFact('h20-charge-usd')} H20 charge` },
    { id: 'rescind', text: 'May 13 Diffusion rule dropped' },
    { id: 'h20-resume', text: 'Jul 14 H20 licences promised' },
  ])('dates and words $id from the registry', ({ id, text }) => {
    expect(chart.layout(880).events.find(e => e.id === id)!.text).toBe(text)
  })

  it('dates the paper by the day Nature published the cost', () => {
    const paper = chart.layout(880).events.find(e => e.id === 'r1-paper')!
    expect(paper.date).toBe(getFact('r1-rl-cost').asOf)
    expect(chart.rows.find(r => r.id === 'r1-paper')!.what).toBe(getFact('r1-cost-disclosure').label)
  })

  it('is laid out roomier than the shared default, with no label crossing a leader', () => {
    expect(REST_OF_2025_FONT).toBeGreaterThan(16)
    expect(chart.layout(880).crossings).toBe(0)
    expect(chart.layout(880).height).toBeLessThanOrEqual(330)
    expect(chart.rowOf.events.every(i => i >= 0)).toBe(true)
  })

  it('names a short list of sources on the slide and keeps them all in the CSV', () => {
    expect(chart.sourceFactIds).toEqual(['nvidia-rebound-pct', 'r1-rl-cost', 'control-2025-04-h20'])
    for (const id of ['move-nvidia-pct', 'h20-charge-usd', 'control-2025-07-h20-resume', 'r1-cost-disclosure'])
      expect(chart.dataset.factIds).toContain(id)
  })
})
