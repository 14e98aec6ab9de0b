import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BillionaireLossesChart from '../../components/charts/BillionaireLossesChart.vue'
import { billionaireLossesChart as chart } from '../../lib/charts/billionaire-losses'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(BillionaireLossesChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('BillionaireLossesChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 4 },
    { step: 999999, shown: 4 },
    { step: -1, shown: 1 },
  ])('step $step shows $shown bars, as its spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('starts every bar at zero, in proportion, in the loss colour', () => {
    const { wrapper } = render(2)
    const bars = wrapper.findAll('rect.mark')
    expect(new Set(bars.map(b => b.attributes('x'))).size).toBe(1)
    expect(wrapper.find('.gridlines text').text()).toBe('$0')
    const widths = bars.map(b => Number(b.attributes('width')))
    expect(widths[1] / widths[0]).toBeCloseTo(94 / 108, 5)
    expect(widths[3] / widths[0]).toBeCloseTo(20.1 / 108, 5)
    expect(new Set(bars.map(b => b.attributes('fill')))).toEqual(new Set(['var(--c-loss)']))
  })

  it('outlines only Jensen Huang\'s bar, in Nvidia\'s colour', () => {
    const outlines = render(2).wrapper.findAll('rect.outline')
    expect(outlines).toHaveLength(1)
    expect(outlines[0].attributes('stroke')).toBe('var(--c-nvidia)')
  })

  it('credits the Bloomberg Billionaires Index in its frame', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-title').text()).toMatch(/Bloomberg Billionaires Index/)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: Bloomberg/)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('billionaire-losses')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/billionaire-losses.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/billionaire-losses-step-${step}.svg`)
  })
})
