import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CensorshipRefusalsChart from '../../components/charts/CensorshipRefusalsChart.vue'
import { censorshipRefusalsChart as chart, censorshipText as text } from '../../lib/charts/censorship-refusals'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(CensorshipRefusalsChart, { props: { step } })
  const svg = wrapper.find('svg[data-chart="censorship-refusals"]')
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('CensorshipRefusalsChart', () => {
  it.each([
    { step: 0, shown: 0 },
    { step: 1, shown: 2 },
    { step: 999999, shown: 2 },
    { step: -3, shown: 0 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws a 10 × 10 grid and fills 85 squares at the last step', () => {
    expect(render(0).svg.findAll('.grid-cells rect')).toHaveLength(100)
    const last = render(1).svg
    const filled = last.findAll('.refused rect').filter(r => r.attributes('opacity') === '1')
    expect(filled).toHaveLength(85)
    expect(last.findAll('.other rect')).toHaveLength(15)
    expect(render(0).svg.findAll('.refused rect').filter(r => r.attributes('opacity') === '1')).toHaveLength(0)
  })

  it('shows the prompts first, then the big number from the registry', () => {
    expect(render(0).svg.find('.prompts').text()).toBe('1,360 prompts')
    expect(render(0).svg.find('.result').attributes('opacity')).toBe('0')
    const last = render(1).svg
    expect(last.find('.result').attributes('opacity')).toBe('1')
    expect(last.find('.big').text()).toBe('85%')
  })

  it('says who ran the test in its title, and the result in its text alternative', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('.chart-title').text()).toBe(chart.title)
    expect(chart.title).toContain('Promptfoo’s own')
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: Promptfoo/)
    const desc = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${desc}"]`).text()).toBe(`${text.lead} ${text.sent} ${text.result}`)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/censorship-refusals.csv')
  })

  it.each([0, 1])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/censorship-refusals-step-${step}.svg`)
  })
})
