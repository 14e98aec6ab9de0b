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
    expect(render(step).shown).toBe(chart.at(step).shownRows.length)
    expect(chart.spec.marksAtStep(step)).toBe(chart.at(step).shownRows.length)
  })

  it('draws a dot per close, a rule per dated mark, and joins the closes', () => {
    const { wrapper } = render(2)
    const closes = chart.rows.filter(r => r.kind === 'close').length
    expect(wrapper.findAll('circle.dot.mark')).toHaveLength(closes)
    expect(wrapper.findAll('line.rule.mark')).toHaveLength(chart.rows.length - closes)
    expect(wrapper.findAll('path.join')).toHaveLength(closes - 1)
    expect(wrapper.find('.chart-unit').text()).toBe(text.unit)
  })

  it('colours the fall and the charges as losses and the rest as Nvidia', () => {
    const fills = render(2).wrapper.findAll('circle.dot.mark').map(c => c.attributes('fill'))
    expect(fills).toEqual(chart.rows.filter(r => r.kind === 'close').map(r => (r.loss ? 'var(--c-loss)' : 'var(--c-nvidia)')))
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
