import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { nvidiaPriceChart as chart, nvidiaPriceText as text } from './nvidia-price'

const panelAt = (clicks: number) => chart.steps.slice(0, chart.at(clicks).index + 1).flatMap(s => s.panel.map(l => l.text))

describe('nvidia-price chart definition', () => {
  it.each([
    { clicks: -1, dates: ['2025-01-24'] },
    { clicks: 0, dates: ['2025-01-24'] },
    { clicks: 1, dates: ['2025-01-24', '2025-01-27'] },
    { clicks: 2, dates: ['2025-01-24', '2025-01-27', '2025-01-28', '2025-01-29', '2025-02-03'] },
    { clicks: 999999, dates: ['2025-01-24', '2025-01-27', '2025-01-28', '2025-01-29', '2025-02-03'] },
  ])('click $clicks shows the closes through $dates.length trading days', ({ clicks, dates }) => {
    expect(chart.at(clicks).shownRows.map(r => r.date)).toEqual(dates)
    expect(chart.spec.marksAtStep(clicks)).toBe(dates.length)
  })

  it.each([
    { clicks: -1, lines: ['Fri Jan 24', 'Worth ≈$3.49T, No. 1'] },
    { clicks: 0, lines: ['Fri Jan 24', 'Worth ≈$3.49T, No. 1'] },
    { clicks: 1, lines: ['Fri Jan 24', 'Worth ≈$3.49T, No. 1', 'Mon Jan 27: −16.97%', '$589–593B gone', 'Worth ≈$2.9T, No. 3'] },
    { clicks: 999999, lines: [
      'Fri Jan 24',
      'Worth ≈$3.49T, No. 1',
      'Mon Jan 27: −16.97%',
      '$589–593B gone',
      'Worth ≈$2.9T, No. 3',
      'Tue Jan 28: +8.9%',
      'Feb 3: $116.66, lowest',
      'close in the week after',
    ] },
  ])('click $clicks: the panel reads $lines.length lines from the registry', ({ clicks, lines }) => {
    expect(panelAt(clicks)).toEqual(lines)
  })

  it('reads every close from the registry, dated by its fact, with the change from the first close', () => {
    for (const row of chart.rows) {
      expect(row.close).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    expect(chart.rows.map(r => r.pctFromFirst)).toEqual([0, -16.97, -9.56, -13.27, -18.2])
  })

  it('builds the axis captions, the gap label and the text alternative from the closes and the registry', () => {
    expect(text.unit.usd).toBe('USD per share at the close; the axis starts at $110, not zero')
    expect(text.unit.pct).toBe('% change from the Jan 24 close')
    expect(text.base).toBe('Jan 24 close')
    expect(text.gap).toBe('Jan 30–31')
    expect(chart.dataset.columns.at(-1)!.label).toBe('Change from Jan 24 close')
    expect(text.description).toContain('Feb 3, 2025 $116.66')
    expect(text.description).toContain('Jan 29, 2025 $123.70')
    expect(text.description).toContain('Jan 30 and 31 are not shown')
    expect(text.description).toMatch(/Jan 27 was −16\.97%, about \$589–593B .*Jan 28 rebounded \+8\.9%\.$/)
  })

  it('cites every fact the panel prints', () => {
    for (const id of ['nvidia-loss-usd', 'nvidia-rank-2025-01-21', 'nvidia-rank-2025-01-27', 'move-nvidia-pct', 'nvidia-rebound-pct'])
      expect(chart.dataset.factIds).toContain(id)
  })
})
