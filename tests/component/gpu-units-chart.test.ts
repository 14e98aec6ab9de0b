import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuUnitsChart from '../../components/charts/GpuUnitsChart.vue'
import { gpuUnits, gpuUnitsSpec } from '../../data/series/gpu-units'
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
    expect(gpuUnitsSpec.marksAtStep(step)).toBe(shown)
    // One pattern tile per GPU: the drawn cells add up to exactly the GPUs shown.
    expect(cellsDrawn(r.wrapper)).toBe(gpus)
  })

  it('keeps the DOM small: at most two cell rects per fleet', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('rect.cells').length).toBeLessThanOrEqual(2 * gpuUnits.rows.length)
    expect(wrapper.findAll('.mark')).toHaveLength(gpuUnits.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe(gpuUnitsSpec.chartId)
  })

  it('gives each fleet its own pattern id, referenced by its rects', () => {
    const { wrapper } = render(2)
    const ids = wrapper.findAll('pattern').map(p => p.attributes('id'))
    expect(new Set(ids).size).toBe(3)
    for (const rect of wrapper.findAll('rect.cells'))
      expect(ids.map(id => `url(#${id})`)).toContain(rect.attributes('fill'))
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/gpu-units-step-${step}.svg`)
  })
})
