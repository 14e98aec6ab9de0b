import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import NvidiaRunChart from '../../components/charts/NvidiaRunChart.vue'
import { nvidiaRunChart as chart, nvidiaRunText as text } from '../../lib/charts/nvidia-run'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(NvidiaRunChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('NvidiaRunChart', () => {
  const reported = chart.rows.filter(r => r.point)

  it.each([0, 1, 2, 999999, -3])('step %i shows the reported closes its spec promises', (step) => {
    expect(render(step).shown).toBe(chart.spec.marksAtStep(step))
    expect(chart.spec.marksAtStep(step)).toBe(chart.at(step).shownRows.filter(r => r.point).length)
  })

  it('draws one dot per reported close and the weekly line as solid stretches', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('circle.mark')).toHaveLength(reported.length)
    expect(wrapper.findAll('path.run-line').map(p => p.classes().filter(c => c !== 'run-line'))).toEqual([['run'], ['fall'], ['bounce'], ['after']])
    expect(wrapper.find('.chart-unit').text()).toBe(text.unit)
  })

  it('colours the run in Nvidia\'s colour, the fall in the loss colour and the bounce in the gain colour', () => {
    const { wrapper } = render(2)
    const fills = wrapper.findAll('circle.mark').map(c => c.attributes('fill'))
    const want = (r: typeof reported[number]) => (r.step === 'fall' ? 'var(--c-loss)' : r.point!.milestone === 'bounce' ? 'var(--c-gain)' : 'var(--c-nvidia)')
    expect(fills).toEqual(chart.layout(880).dots.map(d => want(chart.rows[d.row])))
    expect(wrapper.findAll('path.run-line').map(p => p.attributes('stroke'))).toEqual(['var(--c-nvidia)', 'var(--c-loss)', 'var(--c-gain)', 'var(--c-nvidia)'])
  })

  it('starts the value axis at zero, in trillions, and labels the years', () => {
    const labels = render(2).wrapper.findAll('.gridlines text').map(t => t.text())
    expect(labels).toEqual(expect.arrayContaining(['$0', '$1T', '$4T', '2023', '2024', '2025']))
  })

  it('lists the Jan and Feb 2025 closes in the side panel as they are revealed', () => {
    const entries = chart.layout(880).panel.entries
    const opacities = (step: number) => render(step).wrapper.findAll('.panel > g[opacity]').map(g => g.attributes('opacity'))
    for (const step of [0, 1, 2])
      expect(opacities(step)).toEqual(entries.map(e => (chart.at(step).shown[e.row] ? '1' : '0')))
    const panel = render(2).wrapper.find('.panel').text()
    for (const e of entries)
      expect(panel).toContain(e.head)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('nvidia-run')
    expect(wrapper.find('.chart-source').text()).toMatch(/StockAnalysis.*Yahoo Finance|Yahoo Finance.*StockAnalysis/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/nvidia-run.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/nvidia-run-step-${step}.svg`)
  })
})
