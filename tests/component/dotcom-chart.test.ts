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

  it('draws a line through every close, the milestones as points, and says what the line is', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('circle.mark')).toHaveLength(chart.rows.filter(r => r.kind === 'milestone').length)
    expect(wrapper.findAll('circle.year-end')).toHaveLength(30)
    expect(wrapper.findAll('path.line')).toHaveLength(chart.rows.length - 1)
    expect(wrapper.find('.chart-unit').text()).toMatch(/log scale; .*not the daily path/)
    expect(wrapper.find('.axis-caption').text()).toBe('index points, log scale')
    expect(wrapper.find('svg').attributes('data-chart')).toBe('dotcom')
  })

  it('reveals the line in three stretches: to the 2002 low, to the 2015 record, to Jan 27, 2025', () => {
    const shownSegments = (step: number) => render(step).wrapper.findAll('path.line').filter(p => p.attributes('opacity') === '1').length
    const upTo = (date: string) => chart.rows.filter(r => r.date <= date).length - 1
    expect(shownSegments(0)).toBe(upTo('2002-10-09'))
    expect(shownSegments(1)).toBe(upTo('2015-04-23'))
    expect(shownSegments(2)).toBe(chart.rows.length - 1)
  })

  it('annotates the fall and the recovery with registry values', () => {
    const text = render(2).wrapper.find('svg').text()
    // Rounded to one decimal on the chart (exact in the table, CSV and text alternative).
    expect(text).toMatch(/−78\.0%/)
    expect(text).toMatch(/~15 years from record close to record close/)
    expect(text).toMatch(/−3\.1% that day/)
    expect(text).toMatch(/5,048\.6 on Mar 10, 2000/)
    expect(text).toMatch(/1,114\.1 on Oct 9, 2002/)
    expect(text).toMatch(/5,056\.1 on Apr 23, 2015/)
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
