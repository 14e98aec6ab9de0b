import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import UsagePriceChart from '../../components/charts/UsagePriceChart.vue'
import { usagePriceChart as chart } from '../../lib/charts/usage-price'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(UsagePriceChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

const width = (el: { attributes: (k: string) => string | undefined }) => Number(el.attributes('width'))

describe('UsagePriceChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 4 },
    { step: 999999, shown: 4 },
    { step: -3, shown: 1 },
  ])('step $step shows $shown bars', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws all four prices to scale from $0 on one axis', () => {
    const { wrapper } = render(2)
    const [r1Out, o1Out, r1In, o1In] = wrapper.findAll('rect.mark')
    expect(new Set(wrapper.findAll('rect.mark').map(b => b.attributes('x'))).size).toBe(1)
    expect(width(o1Out) / width(r1Out)).toBeCloseTo(60 / 2.19, 4)
    expect(width(o1In) / width(r1In)).toBeCloseTo(15 / 0.55, 4)
    expect(width(o1Out) / width(o1In)).toBeCloseTo(4, 6)
    expect(wrapper.find('.gridlines text').text()).toBe('$0')
  })

  it('labels the gap once o1 is shown, and attributes DeepSeek’s claim at the end', () => {
    const gapOpacity = (step: number) => render(step).wrapper.findAll('text.gap').map(t => t.attributes('opacity'))
    expect(gapOpacity(0)).toEqual(['0', '0'])
    expect(gapOpacity(1)).toEqual(['1', '0'])
    expect(gapOpacity(2)).toEqual(['1', '1'])
    const last = render(2).wrapper
    expect(last.findAll('text.gap').map(t => t.text())).toEqual(['≈27× cheaper', '≈27× cheaper'])
    expect(last.find('text.claim').text()).toBe('DeepSeek’s own claim, reported by Reuters: 20–50× cheaper, depending on the task')
    expect(render(1).wrapper.find('text.claim').attributes('opacity')).toBe('0')
  })

  it('describes what is shown, and links its CSV', () => {
    const { wrapper } = render(1)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('List prices to scale, from $0. DeepSeek-R1, output tokens: $2.19 per 1M; OpenAI o1, output tokens: $60 per 1M. R1 is ≈27× cheaper for output.')
    expect(wrapper.find('svg').attributes('data-chart')).toBe('usage-price')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/usage-price.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/usage-price-step-${step}.svg`)
  })
})
