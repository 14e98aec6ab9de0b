import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CostIcebergChart from '../../components/charts/CostIcebergChart.vue'
import { costIcebergChart as chart } from '../../lib/charts/cost-iceberg'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(CostIcebergChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

const num = (el: { attributes: (k: string) => string | undefined }, k: string) => Number(el.attributes(k))

describe('CostIcebergChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 3 },
    { step: 2, shown: 5 },
    { step: 999999, shown: 5 },
    { step: -1, shown: 1 },
  ])('step $step shows $shown segments', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('stacks every segment end to end on one zero-based scale, in proportion', () => {
    const { wrapper } = render(2)
    const marks = wrapper.findAll('rect.mark')
    const ranges = wrapper.findAll('rect.range')
    expect(num(marks[0], 'x')).toBe(1)
    expect(wrapper.find('.axis text').text()).toBe('$0')
    expect(wrapper.find('.gridlines').exists()).toBe(false)
    // The counted tip to the servers' estimate, in proportion: 5.576M against 1.6B.
    expect(num(marks[4], 'width') / num(marks[0], 'width')).toBeCloseTo(1.6e9 / 5.576e6, 3)
    // Each segment starts where the one before (with its range) ends.
    expect(num(marks[3], 'x')).toBeCloseTo(num(ranges[0], 'x') + num(ranges[0], 'width'), 6)
    expect(num(marks[4], 'x') + num(marks[4], 'width')).toBeCloseTo(879, 6)
  })

  it('keeps the counted tip a sliver, and the only solid segment', () => {
    const { wrapper } = render(2)
    const tip = wrapper.find('.counted rect.mark')
    expect(num(tip, 'width')).toBeLessThan(3)
    expect(wrapper.findAll('.counted')).toHaveLength(1)
  })

  it('names every segment with its value and basis: callouts for slivers, labels inside for the rest', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('text.callout').map(t => t.text())).toEqual([
      '$5.6M · V3’s final run (what DeepSeek counted: 2.788M GPU-hours × $2 per GPU-hour)',
      '$294K · R1’s own RL stage (rental price, disclosed by DeepSeek later)',
      '~$11–22M · pre-training experiments (Interconnects: 2–4× the run’s compute, same price)',
    ])
    expect(wrapper.findAll('text.inside').map(t => t.text())).toEqual([
      'Running the clusters ~$944M',
      'operating cost, SemiAnalysis estimate',
      'GPU servers ~$1.6B',
      'capex, SemiAnalysis estimate',
    ])
  })

  it('shows the full scale from the first step, so nothing rescales', () => {
    const first = render(0).wrapper.findAll('.axis text').map(t => t.text())
    const last = render(2).wrapper.findAll('.axis text').map(t => t.text())
    expect(first).toEqual(last)
    expect(last).toEqual(['$0', '$500M', '$1B', '$1.5B', '$2B', '$2.5B'])
  })

  it('describes what is shown, and links its CSV', () => {
    const { wrapper } = render(0)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('On one scale from $0, stacked: V3’s final run, what DeepSeek counted: 2.788M GPU-hours × $2 per GPU-hour: $5.6M.')
    expect(wrapper.find('svg').attributes('data-chart')).toBe('cost-iceberg')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/cost-iceberg.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/cost-iceberg-step-${step}.svg`)
  })
})
