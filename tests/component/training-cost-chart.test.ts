import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import TrainingCostChart from '../../components/charts/TrainingCostChart.vue'
import { trainingCostChart } from '../../lib/charts/training-cost'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(TrainingCostChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

async function toLinear(wrapper: ReturnType<typeof render>['wrapper']) {
  const linear = wrapper.findAll('input[type="radio"]').find(i => (i.element as HTMLInputElement).value === 'linear')!
  await linear.setValue(true)
}

describe('TrainingCostChart', () => {
  beforeEach(() => sessionStorage.clear())

  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 3 },
    { step: 2, shown: 4 },
    { step: 999999, shown: 4 },
    { step: -2, shown: 1 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(trainingCostChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws dots, not bars, on the log scale, and says so', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-scale')).toBe('log')
    expect(wrapper.findAll('circle.mark')).toHaveLength(trainingCostChart.rows.length)
    expect(wrapper.findAll('rect')).toHaveLength(0)
    expect(wrapper.find('svg').text()).toMatch(/log scale/)
    expect(wrapper.find('.chart-unit').text()).toMatch(/log scale.*Dots, not bars/)
    expect(wrapper.findAll('.gridlines text').map(t => t.text())).toEqual(['$1M', '$10M', '$100M', '$1B'])
  })

  it('puts each dot at its value on the log axis: a decade is one gridline gap', () => {
    const { wrapper } = render(2)
    const grid = wrapper.findAll('.gridlines line').map(l => Number(l.attributes('x1')))
    const decade = grid[1] - grid[0]
    const [v3, gpt4] = wrapper.findAll('circle.mark').map(c => Number(c.attributes('cx')))
    expect(gpt4 - v3).toBeCloseTo(decade * Math.log10(78.4 / 5.576), 3)
  })

  it('labels the basis of every row, and hollows the one on another basis', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('text.basis').map(t => t.text())).toEqual(trainingCostChart.rows.map(r => r.basis))
    expect(wrapper.findAll('circle.hollow')).toHaveLength(1)
    expect(wrapper.find('path.more').exists()).toBe(true)
  })

  it('switches to zero-based bars on the linear scale, from the radio toggle, and remembers it', async () => {
    const { wrapper } = render(2)
    await toLinear(wrapper)
    expect(wrapper.find('svg').attributes('data-scale')).toBe('linear')
    expect(wrapper.find('svg').text()).toMatch(/linear scale/)
    expect(wrapper.find('.gridlines text').text()).toBe('$0')
    expect(wrapper.findAll('circle')).toHaveLength(0)
    const bars = wrapper.findAll('rect.mark')
    expect(bars).toHaveLength(4)
    expect(new Set(bars.map(b => b.attributes('x'))).size).toBe(1)
    expect(sessionStorage.getItem('deck-setting:cost-scale')).toBe('linear')
  })

  it('opens on the scale the reader chose before', () => {
    sessionStorage.setItem('deck-setting:cost-scale', 'linear')
    expect(render(0).wrapper.find('svg').attributes('data-scale')).toBe('linear')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i (log)', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/training-cost-step-${step}.svg`)
  })

  it('matches its SVG snapshot on the linear scale', async () => {
    const { wrapper } = render(2)
    await toLinear(wrapper)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot('__snapshots__/training-cost-linear.svg')
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('Estimated training costs on a log scale, as dots. DeepSeek-V3 final run (rental estimate): $5.6M; GPT-4 (AI Index compute estimate): ~$78M; Gemini Ultra (AI Index compute estimate): ~$191M; GPT-4 (all-in (Altman)): >$100M.')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/training-cost.csv')
  })
})
