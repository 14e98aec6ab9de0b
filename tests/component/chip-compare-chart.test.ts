import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChipCompareChart from '../../components/charts/ChipCompareChart.vue'
import { chipCompareChart as chart } from '../../lib/charts/chip-compare'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(ChipCompareChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

const width = (el: { attributes: (k: string) => string | undefined }) => Number(el.attributes('width'))

describe('ChipCompareChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 4 },
    { step: 999999, shown: 4 },
    { step: -1, shown: 1 },
  ])('step $step shows $shown bars', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws the link bars from zero, the H800 at 400 of the H100’s 900 GB/s', () => {
    const { wrapper } = render(2)
    const [h100, h800] = wrapper.findAll('rect.mark')
    expect(h100.attributes('x')).toBe(h800.attributes('x'))
    expect(width(h800) / width(h100)).toBeCloseTo(400 / 900, 5)
    expect(wrapper.find('.cut').text()).toBe('cut by the export rule')
  })

  it('draws the compute the rule did not cut: two equal bars from zero, in TFLOPS', () => {
    const { wrapper } = render(2)
    const [, , h100, h800] = wrapper.findAll('rect.mark')
    expect(h100.attributes('x')).toBe(h800.attributes('x'))
    expect(width(h800)).toBeCloseTo(width(h100), 6)
    expect(width(h800)).toBeGreaterThan(0)
    expect(wrapper.find('.panel-compute').text()).toMatch(/TFLOPS/)
    expect(wrapper.find('text.same').text()).toBe('not cut: the same')
    expect(wrapper.find('text.same').attributes('opacity')).toBe('1')
    expect(render(1).wrapper.find('text.same').attributes('opacity')).toBe('0')
  })

  it('gives each panel its own zero-based axis with its unit', () => {
    const { wrapper } = render(2)
    const panels = wrapper.findAll('g.panel')
    expect(panels.map(p => p.find('.gridlines text').text())).toEqual(['0', '0'])
    expect(panels.map(p => p.find('.axis-unit').text())).toEqual(['GB/s', 'TFLOPS'])
  })

  it('describes the bars shown, in the definition\'s words', () => {
    const { wrapper } = render(2)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('H100 chip-to-chip link: 900 GB/s. H800: 400 GB/s, cut by the export rule. H100 compute per chip: 989 TFLOPS. H800: 989 TFLOPS, not cut: the same.')
    expect(wrapper.find('.chart-unit').text()).toBe('Per chip, bars from zero: link in GB/s, both directions; compute in dense BF16 TFLOPS')
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
