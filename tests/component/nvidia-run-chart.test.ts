import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import NvidiaRunChart from '../../components/charts/NvidiaRunChart.vue'
import { nvidiaRunChart as chart } from '../../lib/charts/nvidia-run'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(NvidiaRunChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('NvidiaRunChart', () => {
  it.each([
    { step: 0, shown: 4 },
    { step: 1, shown: 6 },
    { step: 2, shown: 8 },
    { step: 999999, shown: 8 },
    { step: -3, shown: 4 },
  ])('step $step shows $shown closes, as its spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('draws one dot per reported close and joins them, dashed but for the one-day move', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('circle.mark')).toHaveLength(chart.rows.length)
    const joins = wrapper.findAll('path.join')
    // Seven joins between eight closes, plus the legend's sample.
    expect(joins).toHaveLength(chart.rows.length)
    expect(wrapper.findAll('path.join.daily')).toHaveLength(1)
    expect(wrapper.find('.legend').text()).toMatch(/lines join closes,\s*not the daily path/)
  })

  it('colours the run in Nvidia\'s colour and the fall in the loss colour', () => {
    const fills = render(2).wrapper.findAll('circle.mark').map(c => c.attributes('fill'))
    expect(fills).toEqual([...Array.from({ length: 6 }, () => 'var(--c-nvidia)'), 'var(--c-loss)', 'var(--c-loss)'])
  })

  it('starts the value axis at zero, in trillions, and labels the years', () => {
    const { wrapper } = render(2)
    const labels = wrapper.findAll('.gridlines text').map(t => t.text())
    expect(labels).toEqual(expect.arrayContaining(['$0', '$1T', '$4T', '2023', '2024', '2025']))
  })

  it('lists the Jan and Feb 2025 closes in the side panel as they are revealed', () => {
    const opacities = (step: number) => render(step).wrapper.findAll('.panel > g[opacity]').map(g => g.attributes('opacity'))
    expect(opacities(0)).toEqual(['0', '0', '0', '0'])
    expect(opacities(1)).toEqual(['1', '1', '0', '0'])
    expect(opacities(2)).toEqual(['1', '1', '1', '1'])
    expect(render(2).wrapper.find('.panel').text()).toMatch(/Jan 27: ≈\$2\.9T\s*−16\.97% in one day/)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('nvidia-run')
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: MarketWatch/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/nvidia-run.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/nvidia-run-step-${step}.svg`)
  })
})
