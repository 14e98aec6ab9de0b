import { describe, expect, it } from 'vitest'
import { numberFact, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { gpuHoursChart, gpuHoursText } from './gpu-hours'

describe('gpu-hours chart definition', () => {
  it.each([
    { clicks: -1, bars: 1, ratio: false },
    { clicks: 0, bars: 1, ratio: false },
    { clicks: 1, bars: 2, ratio: false },
    { clicks: 2, bars: 2, ratio: true },
    { clicks: 999999, bars: 2, ratio: true },
  ])('click $clicks shows $bars bars, ratio $ratio', ({ clicks, bars, ratio }) => {
    const state = gpuHoursChart.at(clicks)
    expect(state.shownRows).toEqual(gpuHoursChart.rows.slice(0, bars))
    expect(state.step.ratio).toBe(ratio)
    expect(gpuHoursChart.spec.marksAtStep(clicks)).toBe(bars)
  })

  it('reads the GPU-hours, the cluster sizes and the ratio from the registry', () => {
    for (const row of gpuHoursChart.rows) {
      expect(row.gpuHours).toBe(numberFact(row.factId))
      expect(row.gpus).toBe(numberFact(row.countFactId))
      expect(row.label).toContain(`${printedFact(row.countFactId)} ${row.chip}s`)
      // One decimal, rounded: within half a tenth of a million of the exact count.
      expect(row.display).toMatch(/^\d+\.\dM$/)
      expect(Math.abs(Number.parseFloat(row.display) * 1e6 - row.gpuHours)).toBeLessThanOrEqual(0.05e6)
    }
    expect(gpuHoursText.ratio).toBe(`${printedFact('llama31-v3-gpu-hours-multiple')} V3`)
    expect(gpuHoursChart.dataset.factIds).toEqual(expect.arrayContaining(['llama31-v3-gpu-hours-multiple', 'v3-gpu-count', 'llama31-405b-gpu-count']))
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(gpuHoursChart.dataset.id).toBe('gpu-hours')
    expect(gpuHoursChart.spec).toMatchObject({ chartId: 'gpu-hours', steps: 3 })
  })
})

describe.each([880, 360])('gpu-hours layout at %i', (width) => {
  const geo = gpuHoursChart.layout(width)
  const rows = gpuHoursChart.rows

  it('draws zero-based bars in proportion, their values inside the chart', () => {
    expect(geo.bars[1].width / geo.bars[0].width).toBeCloseTo(rows[1].gpuHours / rows[0].gpuHours, 6)
    expect(geo.ticks[0]).toMatchObject({ at: geo.x0, label: '0' })
    geo.bars.forEach((b, i) => expect(b.valueX + estimateTextWidth(rows[i].display)).toBeLessThanOrEqual(width))
  })

  it('keeps names, the ratio and the bars clear of each other', () => {
    geo.bars.forEach((b, i) => {
      expect(estimateTextWidth(rows[i].label)).toBeLessThan(width)
      expect(b.labelY).toBeLessThan(b.y)
      if (i > 0)
        expect(b.labelY - 16).toBeGreaterThan(geo.bars[i - 1].y + geo.bars[i - 1].height)
    })
    // The ratio shares the cut bar's name line, right-aligned: it must not reach the name.
    expect(geo.ratioX - estimateTextWidth(gpuHoursText.ratio, 16) * 1.1).toBeGreaterThan(geo.nameX + estimateTextWidth(rows[1].label) * 1.1)
    // One cut per whole V3 inside Llama's bar, none in the last quarter piece (no sliver).
    const ratio = rows[1].gpuHours / rows[0].gpuHours
    expect(geo.pieces).toHaveLength(Math.floor(ratio) - (ratio % 1 < 0.25 ? 1 : 0))
    const end = geo.x0 + geo.bars[1].width
    const piece = geo.pieces[0] - geo.x0
    expect(Math.max(...geo.pieces)).toBeLessThanOrEqual(end - piece / 4)
  })
})
