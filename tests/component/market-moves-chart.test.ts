import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MarketMovesChart from '../../components/charts/MarketMovesChart.vue'
import { marketMovesChart } from '../../lib/charts/market-moves'
import { normaliseMarkup } from './svg-snapshot'

function shownRows(step: number) {
  const wrapper = mount(MarketMovesChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('MarketMovesChart', () => {
  const expected = [0, 1, 2].map(step => marketMovesChart.at(step).shownRows.length)

  it.each([
    { step: 0, shown: expected[0] },
    { step: 1, shown: expected[1] },
    { step: 2, shown: expected[2] },
    { step: 999999, shown: expected[2] },
    { step: -3, shown: expected[0] },
  ])('step $step shows $shown bars, as its spec says', ({ step, shown }) => {
    expect(shownRows(step).shown).toBe(shown)
    expect(marketMovesChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('names its chart and counts one mark per row', () => {
    const { wrapper } = shownRows(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe(marketMovesChart.id)
    expect(wrapper.findAll('.mark')).toHaveLength(marketMovesChart.rows.length)
  })

  it('labels each group beside its rows as the group appears', () => {
    const first = shownRows(0).wrapper
    const names = (w: typeof first) => w.findAll('.group').map(g => [g.find('text').text(), g.attributes('opacity')])
    expect(names(first)).toEqual([['Indexes', '1'], ['Chipmakers', '0'], ['Others', '0']])
    expect(names(shownRows(2).wrapper).map(([, o]) => o)).toEqual(['1', '1', '1'])
  })

  it('picks out Nvidia by its name\'s colour, no box, and keeps every bar in the loss or gain colour', () => {
    const { wrapper } = shownRows(2)
    expect(wrapper.findAll('rect:not(.mark)')).toHaveLength(0)
    expect(wrapper.findAll('.row.nvidia')).toHaveLength(1)
    expect(wrapper.find('.row.nvidia .name').text()).toBe('Nvidia')
    expect(wrapper.findAll('text.value').map(t => t.text())).toEqual(marketMovesChart.rows.map(r => r.display))
    const fills = new Set(wrapper.findAll('rect.mark').map(r => r.attributes('fill')))
    expect(fills).toEqual(new Set(['var(--c-loss)', 'var(--c-gain)']))
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = shownRows(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/market-moves-step-${step}.svg`)
  })

  it('has a frame with a source line, a text alternative and a CSV link', () => {
    const { wrapper } = shownRows(2)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: Reuters/)
    expect(wrapper.find('[role="img"]').attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/market-moves.csv')
  })
})
