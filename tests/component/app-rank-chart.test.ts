import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppRankChart from '../../components/charts/AppRankChart.vue'
import { appRankChart } from '../../lib/charts/app-rank'
import { displayFact } from '../../lib/facts'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(AppRankChart, { props: { step } })
  const svg = wrapper.find('svg[data-chart="app-rank"]')
  return {
    wrapper,
    shown: svg.findAll('.mark[data-shown="true"]').length,
    total: svg.findAll('.mark').length,
  }
}

describe('AppRankChart', () => {
  it.each([
    { step: 0, shown: 3 },
    { step: 1, shown: 5 },
    { step: 2, shown: 6 },
    { step: 999999, shown: 6 },
    { step: -3, shown: 3 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    const r = render(step)
    expect(r.shown).toBe(shown)
    expect(r.shown).toBe(appRankChart.spec.marksAtStep(step))
    expect(r.total).toBe(6)
  })

  it('draws only the reported points: one mark per row, plus the sell-off marker', () => {
    expect(appRankChart.rows).toHaveLength(5)
    expect(appRankChart.spec.steps).toBe(3)
    expect(render(2).wrapper.findAll('.mark')).toHaveLength(appRankChart.rows.length + 1)
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/app-rank-step-${step}.svg`)
  })

  it('labels the rank axis, the log scale and the sell-off from the registry', () => {
    const text = render(2).wrapper.find('svg').text()
    expect(text).toContain('rank (1 = top) · log scale')
    expect(text).toContain(`Nvidia ${displayFact('move-nvidia-pct')}`)
    expect(text).toContain('#31 (about Jan 24)')
    expect(text).toContain('Mon Jan 27')
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: TechCrunch .*Reuters/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('.sr-only').text()).toContain('Google Play US: No. 133 on Jan 24, 2025, No. 14 on Jan 27, 2025')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/app-rank.csv')
  })

  it('draws Google Play in DeepSeek\'s colour (it is DeepSeek\'s app), told apart by hollow squares and a dotted join', () => {
    const svg = render(2).wrapper.find('svg')
    const squares = svg.findAll('rect.mark--hollow')
    expect(squares).toHaveLength(2)
    for (const sq of squares)
      expect(sq.attributes('style')).toContain('stroke: var(--c-deepseek)')
    expect(svg.findAll('circle.mark').map(c => c.attributes('fill'))).toEqual(Array.from({ length: 3 }).fill('var(--c-deepseek)'))
    expect(svg.find('path.join--play').attributes('stroke')).toBe('var(--c-deepseek)')
    expect(svg.html()).not.toContain('--c-accent')
  })

  it('marks the sell-off as a fall, and stops the gridlines short of the end labels', () => {
    const svg = render(2).wrapper.find('svg')
    expect(svg.find('.selloff rect.mark').attributes('fill')).toBe('var(--c-loss)')
    const gridEnds = svg.findAll('.gridlines line').map(l => Number(l.attributes('x2')))
    const labelStarts = svg.findAll('.point-label').filter(t => /App Store|Google Play/.test(t.text())).map(t => Number(t.attributes('x')))
    expect(labelStarts).toHaveLength(2)
    expect(Math.max(...gridEnds)).toBeLessThan(Math.min(...labelStarts))
  })
})
