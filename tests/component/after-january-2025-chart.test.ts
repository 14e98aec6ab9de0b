import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimelineChart from '../../components/charts/TimelineChart.vue'
import { afterJanuary2025Chart as chart } from '../../lib/charts/after-january-2025'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(TimelineChart, { props: { step, chart: 'after-january-2025' } })
  const svg = wrapper.find('svg[data-chart="after-january-2025"]')
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('TimelineChart chart="after-january-2025"', () => {
  it.each([0, 1, 2, 999999])('step %i shows the marks the definition reveals', (step) => {
    expect(render(step).shown).toBe(chart.at(step).shownRows.length)
    expect(chart.spec.marksAtStep(step)).toBe(chart.at(step).shownRows.length)
  })

  it('reveals US rules first, then DeepSeek, then Beijing and Nvidia', () => {
    const lanes = (step: number) => new Set(chart.at(step).shownRows.map(r => r.lane))
    expect([...lanes(0)]).toEqual(['US rules'])
    expect([...lanes(1)].sort()).toEqual(['DeepSeek', 'US rules'])
    expect([...lanes(2)].sort()).toEqual(['Beijing', 'DeepSeek', 'Nvidia', 'US rules'])
  })

  it('puts the year on every event label', () => {
    const svg = render(2).svg
    const dates = svg.findAll('.event-date').map(t => t.text())
    expect(dates).toHaveLength(chart.layout(880).events.length)
    for (const d of dates)
      expect(d).toMatch(/^[A-Z][a-z]{2} 202[56]$/)
  })

  it('sets its text at the size its layout measured', () => {
    const style = render(2).svg.attributes('style') ?? ''
    expect(style).toContain(`--timeline-font: ${chart.layout(880).fontSize}px`)
  })

  it('names a short source list on the slide and links its CSV', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/Other sources: CSV and sources slides\.$/)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/after-january-2025.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/after-january-2025-step-${step}.svg`)
  })
})
