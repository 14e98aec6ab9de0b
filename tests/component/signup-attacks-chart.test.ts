import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SignupAttacksChart from '../../components/charts/SignupAttacksChart.vue'
import { signupAttacksChart as chart } from '../../lib/charts/signup-attacks'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(SignupAttacksChart, { props: { step } })
  const svg = wrapper.find('svg[data-chart="signup-attacks"]')
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('SignupAttacksChart', () => {
  it.each([
    { step: 0, shown: 3 },
    { step: 1, shown: 6 },
    { step: 2, shown: 7 },
    { step: 999999, shown: 7 },
    { step: -1, shown: 3 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws one dot per wave and a line per DeepSeek date, with the lanes named and counted', () => {
    const { svg } = render(2)
    expect(svg.findAll('circle.wave')).toHaveLength(5)
    expect(svg.findAll('.marker-label').map(t => t.text())).toEqual(['R1 released', 'Sign-ups limited'])
    expect(svg.findAll('.lane-name').map(t => t.text())).toEqual(['Chat service', 'API'])
    expect(svg.findAll('.lane-count').map(t => t.text())).toEqual(['2 waves', '3 waves'])
  })

  it('labels each day with its date and weekday', () => {
    const { svg } = render(2)
    const days = svg.findAll('.axis .tick text').map(t => t.text())
    expect(days[0]).toBe('Jan 19')
    expect(days.at(-1)).toBe('Jan 28')
    expect(svg.findAll('.weekday').map(t => t.text()).slice(0, 2)).toEqual(['Sun', 'Mon'])
  })

  it('reveals the sign-up limit only at the last step', () => {
    const limit = (step: number) => render(step).svg.findAll('.marker')[1]
    expect(limit(1).attributes('data-shown')).toBe('false')
    expect(limit(2).attributes('data-shown')).toBe('true')
  })

  it('sits in a frame with NSFOCUS and TechTarget in its source line', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/TechTarget.*NSFOCUS/)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/signup-attacks.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/signup-attacks-step-${step}.svg`)
  })
})
