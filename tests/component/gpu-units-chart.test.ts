import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuUnitsChart from '../../components/charts/GpuUnitsChart.vue'
import { gpuUnitsChart as chart } from '../../lib/charts/gpu-units'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(GpuUnitsChart, { props: { step } })
  const shown = wrapper.findAll('.mark[data-shown="true"]')
  return { wrapper, shown: shown.length, gpus: shown.reduce((n, m) => n + Number(m.attributes('data-count')), 0) }
}

/** GPUs covered by the drawn cell rects, from their areas and the pattern tile size. */
function cellsDrawn(wrapper: ReturnType<typeof mount>): number {
  const tile = Number(wrapper.find('pattern').attributes('width'))
  return Math.round(wrapper.findAll('rect.cells').reduce((sum, r) =>
    sum + Number(r.attributes('width')) * Number(r.attributes('height')), 0) / (tile * tile))
}

describe('GpuUnitsChart', () => {
  it.each([
    { step: 0, shown: 1, gpus: 2048 },
    { step: 1, shown: 2, gpus: 2048 + 16384 },
    { step: 2, shown: 3, gpus: 2048 + 16384 + 100000 },
    { step: 999999, shown: 3, gpus: 118432 },
    { step: -1, shown: 1, gpus: 2048 },
  ])('step $step shows $shown fleets holding $gpus GPUs', ({ step, shown, gpus }) => {
    const r = render(step)
    expect(r.shown).toBe(shown)
    expect(r.gpus).toBe(gpus)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
    // One pattern tile per GPU: the drawn cells add up to exactly the GPUs shown.
    expect(cellsDrawn(r.wrapper)).toBe(gpus)
  })

  it('keeps the DOM small: at most two cell rects per fleet', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('rect.cells').length).toBeLessThanOrEqual(2 * chart.rows.length)
    expect(wrapper.findAll('.mark')).toHaveLength(chart.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe(chart.id)
  })

  it('gives each fleet its own pattern id, referenced by its rects', () => {
    const { wrapper } = render(2)
    const ids = wrapper.findAll('pattern').map(p => p.attributes('id'))
    expect(new Set(ids).size).toBe(3)
    for (const rect of wrapper.findAll('rect.cells'))
      expect(ids.map(id => `url(#${id})`)).toContain(rect.attributes('fill'))
  })

  it('describes the fleets shown and adds up the dots in its unit line', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('.chart-unit').text()).toBe('GPUs, one dot each: 2,048 + 16,384 + 100,000 dots in all')
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('One dot per GPU. DeepSeek-V3 run: 2,048 H800s; Llama 3.1 405B run: 16,384 H100s (8× V3).')
  })

  it('carries its one id on the svg and in the CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('gpu-units')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/gpu-units.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/gpu-units-step-${step}.svg`)
  })
})
