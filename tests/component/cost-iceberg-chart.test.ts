import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CostIcebergChart from '../../components/charts/CostIcebergChart.vue'
import { costIcebergChart as chart, costIcebergText as text } from '../../lib/charts/cost-iceberg'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(CostIcebergChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

const num = (el: { attributes: (k: string) => string | undefined }, k: string) => Number(el.attributes(k))

describe('CostIcebergChart', () => {
  it.each([0, 1, 2, 999999, -1])('step %i shows the definition’s bars', (step) => {
    expect(render(step).shown).toBe(chart.at(step).shownRows.length)
  })

  it('draws one bar per estimate from $0, never stacked, in proportion', () => {
    const { wrapper } = render(2)
    const marks = wrapper.findAll('rect.mark')
    expect(marks).toHaveLength(chart.rows.length)
    expect(new Set(marks.map(m => num(m, 'x')))).toEqual(new Set([chart.layout(880).x0]))
    expect(new Set(marks.map(m => num(m, 'y'))).size).toBe(chart.rows.length)
    const [run, servers] = ['v3-final-run-cost', 'deepseek-server-capex'].map(id => chart.rows.findIndex(r => r.factId === id))
    expect(num(marks[servers], 'width') / num(marks[run], 'width')).toBeCloseTo(chart.rows[servers].low / chart.rows[run].low, 3)
    expect(wrapper.find('.axis text').text()).toBe('$0')
  })

  it('names every bar with its basis and value, and only the counted run is solid', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('tspan.name').map(t => t.text())).toEqual(chart.rows.map(text.name))
    expect(wrapper.findAll('tspan.muted').map(t => t.text()).join(' ')).toBe(chart.rows.map(r => r.basis).join(' '))
    expect(wrapper.findAll('text.value').map(t => t.text())).toEqual(chart.rows.map(text.value))
    expect(wrapper.findAll('.counted')).toHaveLength(1)
  })

  it('shows the full scale from the first step, so nothing rescales', () => {
    const first = render(0).wrapper.findAll('.axis text').map(t => t.text())
    expect(first).toEqual(render(2).wrapper.findAll('.axis text').map(t => t.text()))
  })

  it('describes what is shown, and links its CSV', () => {
    const { wrapper } = render(0)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe(`On one scale from $0, one bar each, not added up: ${text.row(chart.rows[0])}.`)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('cost-iceberg')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/cost-iceberg.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/cost-iceberg-step-${step}.svg`)
  })
})
