import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RestOf2025Timeline from '../../components/charts/RestOf2025Timeline.vue'
import { restOf2025Chart as chart } from '../../lib/charts/rest-of-2025'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(RestOf2025Timeline, { props: { step } })
  const svg = wrapper.find('svg[data-chart="rest-of-2025"]')
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

describe('RestOf2025Timeline', () => {
  it.each([
    { step: 0, shown: 3 },
    { step: 1, shown: 4 },
    { step: 2, shown: 8 },
    { step: 999999, shown: 8 },
  ])('step $step shows $shown events, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('dates its events without the year, which the axis gives', () => {
    const text = render(2).svg.text()
    for (const words of ['Jan 28', 'Apr 9', 'May 13', 'Jul 14', 'Sep 17', '2025'])
      expect(text).toContain(words)
    expect(text).not.toContain('Sep 17, 2025')
  })

  it('sets its text larger than the shared default, to match its layout', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.rest-of-2025').attributes('style')).toContain('--timeline-font: 19px')
  })

  it('names a short source list on the slide', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/Other sources: CSV and sources slides\.$/)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/rest-of-2025.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/rest-of-2025-step-${step}.svg`)
  })
})
