import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import NvidiaPriceChart from '../../components/charts/NvidiaPriceChart.vue'
import { nvidiaPriceChart as chart } from '../../lib/charts/nvidia-price'
import { normaliseMarkup } from './svg-snapshot'

const KEY = 'deck-setting:market-units'

function render(step: number) {
  const wrapper = mount(NvidiaPriceChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

afterEach(() => sessionStorage.removeItem(KEY))

describe('NvidiaPriceChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 5 },
    { step: 999999, shown: 5 },
    { step: -1, shown: 1 },
  ])('step $step shows $shown closes, as its definition says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws only verified closes: one dot per close, none for Jan 30 or 31', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('.mark')).toHaveLength(chart.rows.length)
    expect(chart.rows.map(r => r.date)).not.toContain('2025-01-30')
    expect(wrapper.find('svg').attributes('data-chart')).toBe('nvidia-price')
  })

  it('marks the missing days with a labelled dashed gap', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('path.gap')).toHaveLength(1)
    expect(wrapper.find('.gap-label').text()).toMatch(/^Jan 30–31:\s*closes not shown$/)
  })

  it('switches the axis and labels between dollars and percent without moving a dot', async () => {
    const { wrapper } = render(2)
    const dots = () => wrapper.findAll('circle.mark').map(c => c.attributes('cy'))
    const before = dots()
    expect(wrapper.findAll('.point-label').map(t => t.text())).toContain('$118.42')
    await wrapper.find('input[value="pct"]').setValue(true)
    expect(wrapper.find('svg').attributes('data-units')).toBe('pct')
    expect(wrapper.findAll('.point-label').map(t => t.text())).toContain('−16.97%')
    expect(wrapper.find('.chart-unit').text()).toMatch(/change from the Jan 24 close/)
    expect(dots()).toEqual(before)
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/nvidia-price-step-${step}.svg`)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/nvidia-price.csv')
  })
})
