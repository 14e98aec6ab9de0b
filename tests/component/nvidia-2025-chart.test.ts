import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Nvidia2025Chart from '../../components/charts/Nvidia2025Chart.vue'
import { nvidia2025Chart as chart, nvidia2025Text as text } from '../../lib/charts/nvidia-2025'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(Nvidia2025Chart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('Nvidia2025Chart', () => {
  it.each([0, 1, 2, 999999, -3])('step %i shows the marks its spec promises', (step) => {
    const dotsAndMarks = chart.at(step).shownRows.filter(r => r.kind !== 'week' && !r.noDot).length
    expect(render(step).shown).toBe(dotsAndMarks)
    expect(chart.spec.marksAtStep(step)).toBe(dotsAndMarks)
  })

  it('draws a dot per reported close, a rule per dated mark, and one line through the weeks and closes', () => {
    const { wrapper } = render(2)
    const dots = chart.rows.filter(r => r.kind === 'close' && !r.noDot).length
    const points = chart.rows.filter(r => r.kind === 'close' || r.kind === 'week').length
    expect(wrapper.findAll('circle.dot.mark')).toHaveLength(dots)
    expect(wrapper.findAll('line.rule.mark')).toHaveLength(chart.rows.length - points)
    expect(wrapper.findAll('path.join')).toHaveLength(points - 1)
    expect(wrapper.findAll('path.join').every(p => !p.attributes('class')!.includes('daily'))).toBe(true)
    expect(wrapper.find('.chart-unit').text()).toBe(text.unit)
  })

  it('colours the fall and the charges as losses and the rest as Nvidia', () => {
    const fills = render(2).wrapper.findAll('circle.dot.mark').map(c => c.attributes('fill'))
    expect(fills).toEqual(chart.rows.filter(r => r.kind === 'close' && !r.noDot).map(r => (r.loss ? 'var(--c-loss)' : 'var(--c-nvidia)')))
  })

  it('hides the labels of rows not yet revealed', () => {
    const g = chart.layout(880)
    const texts = render(0).wrapper.findAll('text.label')
    expect(texts).toHaveLength(g.labels.length)
    texts.forEach((t, k) => expect(t.attributes('opacity')).toBe(chart.at(0).shown[g.labels[k].row] ? '1' : '0'))
  })

  it('has a frame with a source line and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('nvidia-2025')
    expect(wrapper.find('.chart-source').text()).toMatch(/StockAnalysis/)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/nvidia-2025.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/nvidia-2025-step-${step}.svg`)
  })
})
