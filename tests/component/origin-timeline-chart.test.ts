import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimelineChart from '../../components/charts/TimelineChart.vue'
import { originTimelineChart } from '../../lib/charts/origin-timeline'
import { printedFact } from '../../lib/facts'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(TimelineChart, { props: { step, chart: 'origin-timeline' } })
  const svg = wrapper.find(`svg[data-chart="${originTimelineChart.id}"]`)
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('TimelineChart chart="origin-timeline"', () => {
  it.each([
    { step: 0, shown: 4 },
    { step: 1, shown: 6 },
    { step: 2, shown: 7 },
    { step: 999999, shown: 7 },
    { step: -3, shown: 4 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(originTimelineChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('has three steps (the Act 2 slide declares clicks: 2)', () => {
    expect(originTimelineChart.spec.steps).toBe(3)
  })

  it('labels the events with their dates', () => {
    const text = render(2).svg.text()
    for (const words of ['2015', '2021', 'May 2023', 'May 2024', 'Jan 2025', printedFact('deepseek-v3-release'), 'Nvidia A100s bought', 'Liang Wenfeng', 'built on V3'])
      expect(text).toContain(words)
  })

  it('draws one mark per table row, under the definition\'s id', () => {
    const { wrapper, svg } = render(999999)
    expect(svg.findAll('.mark')).toHaveLength(originTimelineChart.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('origin-timeline')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/origin-timeline-step-${step}.svg`)
  })

  it('sits in a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/origin-timeline.csv')
  })

  it('lays its labels out cleanly and fits the slide (viewBox 880 wide, at most 330 high)', () => {
    const svg = render(999999).svg
    expect(svg.attributes('data-crossings')).toBe('0')
    const [, , width, height] = svg.attributes('viewBox')!.split(' ').map(Number)
    expect(width).toBe(880)
    expect(height).toBeLessThanOrEqual(330)
  })

  it('draws one axis on one time scale: one baseline, no breaks, one rect per band', () => {
    const svg = render(999999).svg
    expect(svg.findAll('line.baseline')).toHaveLength(1)
    expect(svg.findAll('.axis-break')).toHaveLength(0)
    expect(svg.findAll('.band-mark').map(g => g.findAll('rect.band').length)).toEqual([1, 1])
    expect(svg.findAll('.key')).toHaveLength(0)
  })

  it('runs no gridline up through the labels: ticks stay on the axis', () => {
    const svg = render(999999).svg
    const axisY = originTimelineChart.layout(880).axisY
    for (const line of svg.findAll('.axis .tick line'))
      expect(Number(line.attributes('y1'))).toBeGreaterThan(axisY - 10)
  })

  it('colours High-Flyer and DeepSeek alike: the parent is Chinese too', () => {
    const fills = new Set(render(999999).svg.findAll('circle.dot').map(c => c.attributes('fill')))
    expect([...fills]).toEqual(['var(--c-deepseek)'])
  })
})
