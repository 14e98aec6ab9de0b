import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import TrainingCostChart from '../../components/charts/TrainingCostChart.vue'
import { TRAINING_COST_FLOOR } from '../../data/series/training-cost'
import { trainingCostChart } from '../../lib/charts/training-cost'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(TrainingCostChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('TrainingCostChart', () => {
  beforeEach(() => sessionStorage.clear())

  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 4 },
    { step: 2, shown: 5 },
    { step: 3, shown: 6 },
    { step: 999999, shown: 6 },
    { step: -2, shown: 1 },
  ])('step $step shows $shown bars, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(trainingCostChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('has one mark per row and a data-chart id', () => {
    const { wrapper } = render(3)
    expect(wrapper.findAll('.mark')).toHaveLength(trainingCostChart.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe(trainingCostChart.spec.chartId)
  })

  it('says "log scale" on the chart and states the axis floor in the unit line', () => {
    const { wrapper } = render(0)
    expect(wrapper.find('svg').text()).toMatch(/log scale/)
    expect(wrapper.find('.chart-unit').text()).toMatch(/\$100K axis floor/)
    expect(TRAINING_COST_FLOOR).toBe(1e5)
  })

  it('labels the basis of every bar', () => {
    const { wrapper } = render(3)
    const bases = wrapper.findAll('text.basis').map(t => t.text())
    expect(bases).toEqual(trainingCostChart.rows.map(r => r.basis))
  })

  it('switches to a linear scale that starts at zero, from the radio toggle', async () => {
    const { wrapper } = render(3)
    const linear = wrapper.findAll('input[type="radio"]').find(i => (i.element as HTMLInputElement).value === 'linear')!
    await linear.setValue(true)
    expect(wrapper.find('svg').attributes('data-scale')).toBe('linear')
    expect(wrapper.find('svg').text()).toMatch(/linear scale/)
    expect(wrapper.find('.gridlines text').text()).toBe('$0')
    expect(sessionStorage.getItem('deck-setting:cost-scale')).toBe('linear')
  })

  it.each([0, 1, 2, 3])('matches its SVG snapshot at step %i (log)', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/training-cost-step-${step}.svg`)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(3)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/training-cost.csv')
  })
})
