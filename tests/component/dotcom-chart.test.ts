import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DotcomChart from '../../components/charts/DotcomChart.vue'
import { dotcomChart as chart } from '../../lib/charts/dotcom'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(DotcomChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('DotcomChart', () => {
  it.each([
    { step: 0, shown: 3 },
    { step: 1, shown: 4 },
    { step: 2, shown: 6 },
    { step: 999999, shown: 6 },
    { step: -5, shown: 3 },
  ])('step $step shows $shown marks, as its definition says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws the milestones as points and says the connectors are not the path', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('circle.mark')).toHaveLength(chart.rows.length)
    // Two connectors (peak → low → record); nothing is drawn from 2015 to 2025.
    expect(wrapper.findAll('path.connector')).toHaveLength(2)
    expect(wrapper.find('.legend').text()).toMatch(/straight lines between\s*milestones, not the daily path/)
    expect(wrapper.text()).toMatch(/log scale/)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('dotcom')
  })

  it('annotates the fall and the recovery with registry values', () => {
    const text = render(2).wrapper.find('svg').text()
    expect(text).toMatch(/−78%/)
    expect(text).toMatch(/~15 years from record close to record close/)
    expect(text).toMatch(/−3\.07% that day/)
  })

  it('starts the comparison bars at zero, in proportion', () => {
    const { wrapper } = render(2)
    const [crash, day] = wrapper.findAll('rect.mark')
    expect(crash.attributes('x')).toBe(day.attributes('x'))
    expect(Number(crash.attributes('width')) / Number(day.attributes('width'))).toBeCloseTo(78 / 3.07, 5)
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/dotcom-step-${step}.svg`)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: Reuters/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/dotcom.csv')
  })
})
