import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LargestLossesChart from '../../components/charts/LargestLossesChart.vue'
import { largestLossesChart } from '../../lib/charts/largest-losses'
import { normaliseMarkup } from './svg-snapshot'

const claim = 'more than twice the previous record'

function render(step: number, props: { claim?: string } = { claim }) {
  const wrapper = mount(LargestLossesChart, { props: { step, ...props } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('LargestLossesChart', () => {
  it.each([
    { step: 0, shown: 3 },
    { step: 1, shown: 4 },
    { step: 999999, shown: 4 },
    { step: -2, shown: 3 },
  ])('step $step shows $shown bars, as its spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(largestLossesChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('counts one mark per row and names its chart', () => {
    const { wrapper } = render(1)
    expect(wrapper.findAll('.mark')).toHaveLength(largestLossesChart.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe(largestLossesChart.id)
  })

  it('draws Jan 27 first, as a range, and only the earlier records before the click', () => {
    const first = render(0).wrapper.findAll('.mark')[0]
    expect(first.attributes('data-shown')).toBe('false')
    const { wrapper } = render(1)
    expect(wrapper.find('.row .value').text()).toBe('$589–593B')
    expect(wrapper.findAll('rect.range')).toHaveLength(1)
  })

  it('starts every bar at zero', () => {
    const { wrapper } = render(1)
    const xs = new Set(wrapper.findAll('rect.mark').map(r => r.attributes('x')))
    expect(xs.size).toBe(1)
    expect(Number([...xs][0])).toBeCloseTo(Number(wrapper.find('line.baseline').attributes('x1')))
  })

  it('writes the slide\'s claim inside the newest bar and in the text alternative, and only then', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('text.inside').text()).toBe(claim)
    expect(wrapper.find('.sr-only').text()).toContain(`The Jan 27, 2025 loss is ${claim}.`)
    const bare = render(1, {}).wrapper
    expect(bare.find('text.inside').exists()).toBe(false)
    expect(bare.find('.sr-only').text()).not.toContain('twice')
  })

  it.each([0, 1])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/largest-losses-step-${step}.svg`)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: Reuters/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/largest-losses.csv')
  })
})
