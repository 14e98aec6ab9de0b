import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChipCompareChart from '../../components/charts/ChipCompareChart.vue'
import { chipCompareChart as chart } from '../../lib/charts/chip-compare'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(ChipCompareChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('ChipCompareChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 3 },
    { step: 999999, shown: 3 },
    { step: -1, shown: 1 },
  ])('step $step shows $shown marks', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws the link bars from zero, the H800 at 400 of the H100’s 900 GB/s', () => {
    const { wrapper } = render(2)
    const [h100, h800] = wrapper.findAll('rect.mark')
    expect(h100.attributes('x')).toBe(h800.attributes('x'))
    expect(Number(h800.attributes('width')) / Number(h100.attributes('width'))).toBeCloseTo(400 / 900, 5)
    expect(wrapper.find('svg').text()).toMatch(/400 GB\/s[\s\S]*cut by the export rule|cut by the export rule[\s\S]*400 GB\/s/)
  })

  it('states compute in words and prints no TFLOPS figure', () => {
    const text = render(2).wrapper.find('svg').text()
    expect(text).toMatch(/not cut: about the same as the H100/)
    expect(text).not.toMatch(/TFLOPS|FP64/)
  })

  it('describes the marks shown, in the definition\'s words', () => {
    const { wrapper } = render(1)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('H100 chip-to-chip link: 900 GB/s. H800: 400 GB/s, cut by the export rule.')
    expect(wrapper.find('.chart-unit').text()).toBe('Chip-to-chip bandwidth in GB/s (bars start at zero); compute in words')
  })

  it('carries its one id on the svg and in the CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('chip-compare')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/chip-compare.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/chip-compare-step-${step}.svg`)
  })
})
