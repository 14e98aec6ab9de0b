import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import R1BenchmarksChart from '../../components/charts/R1BenchmarksChart.vue'
import { r1BenchmarksChart as chart } from '../../lib/charts/r1-benchmarks'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(R1BenchmarksChart, { props: { step } })
  const svg = wrapper.find('svg[data-chart="r1-benchmarks"]')
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('R1BenchmarksChart', () => {
  it.each([
    { step: 0, shown: 4 },
    { step: 1, shown: 8 },
    { step: 999999, shown: 8 },
    { step: -2, shown: 4 },
  ])('step $step shows $shown dots, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws one row per benchmark, R1 filled and o1 as a ring, with their scores', () => {
    const { svg } = render(1)
    expect(svg.findAll('.row .name').map(t => t.text())).toEqual(['AIME 2024', 'MATH-500', 'GPQA Diamond', 'MMLU'])
    expect(svg.findAll('[data-series="r1"] .value').map(t => t.text())).toEqual(['79.8%', '97.3%', '71.5%', '90.8%'])
    expect(svg.findAll('[data-series="o1"] .value').map(t => t.text())).toEqual(['79.2%', '96.4%', '75.7%', '91.8%'])
    expect(svg.findAll('[data-series="o1"] circle.ring')).toHaveLength(4)
  })

  it('labels a zero-based percent scale', () => {
    const labels = render(1).svg.findAll('.gridlines text').map(t => t.text())
    expect(labels).toEqual(['0%', '25%', '50%', '75%', '100%'])
  })

  it('says whose numbers they are', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('.chart-title').text()).toBe('R1 and o1, as DeepSeek reported them')
    expect(wrapper.find('.chart-source').text()).toMatch(/^Source: DeepSeek/)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/r1-benchmarks.csv')
  })

  it.each([0, 1])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/r1-benchmarks-step-${step}.svg`)
  })
})
