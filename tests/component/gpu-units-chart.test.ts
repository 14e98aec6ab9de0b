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

/** GPUs the drawn squares stand for, from their areas: a whole 16 × 16 square is 1,000. */
function gpusDrawn(wrapper: ReturnType<typeof mount>): number {
  return Math.round(wrapper.findAll('rect.square').reduce((sum, r) =>
    sum + Number(r.attributes('width')) * Number(r.attributes('height')), 0) / (16 * 16) * 1000)
}

describe('GpuUnitsChart', () => {
  it.each([
    { step: 0, shown: 1, gpus: 2048 },
    { step: 1, shown: 3, gpus: 2048 + 16384 + 25000 },
    { step: 2, shown: 4, gpus: 2048 + 16384 + 25000 + 100000 },
    { step: 999999, shown: 4, gpus: 143432 },
    { step: -1, shown: 1, gpus: 2048 },
  ])('step $step shows $shown fleets holding $gpus GPUs', ({ step, shown, gpus }) => {
    const r = render(step)
    expect(r.shown).toBe(shown)
    expect(r.gpus).toBe(gpus)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
    // The squares' areas add up to exactly the GPUs shown, part-squares included.
    expect(gpusDrawn(r.wrapper)).toBe(gpus)
  })

  it('draws plain squares, no pattern: one per 1,000 GPUs plus a part-square', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('pattern').exists()).toBe(false)
    const counts = wrapper.findAll('g.fleet').map(g => g.findAll('rect.square').length)
    expect(counts).toEqual([3, 17, 25, 100])
    const parts = wrapper.findAll('rect.part').map(r => Number(r.attributes('width')))
    expect(parts[0]).toBeCloseTo(16 * 0.048, 5)
    expect(parts[1]).toBeCloseTo(16 * 0.384, 5)
    expect(parts).toHaveLength(2)
  })

  it('stands every column on one ground line and keeps whole squares on whole pixels', () => {
    const { wrapper } = render(2)
    for (const rect of wrapper.findAll('rect.square')) {
      expect(Number.isInteger(Number(rect.attributes('x')))).toBe(true)
      expect(Number.isInteger(Number(rect.attributes('y')))).toBe(true)
    }
    const bottoms = wrapper.findAll('g.fleet').map(g => Math.max(...g.findAll('rect.square').map(r => Number(r.attributes('y')) + Number(r.attributes('height')))))
    expect(new Set(bottoms).size).toBe(1)
  })

  it('outlines the leaked GPT-4 count', () => {
    const { wrapper } = render(2)
    const leaks = wrapper.findAll('g.leak')
    expect(leaks).toHaveLength(1)
    expect(leaks[0].text()).toContain('~25,000 A100s (leak)')
  })

  it('describes the fleets shown and explains the squares in its unit line and key', () => {
    const { wrapper } = render(1)
    expect(wrapper.find('.chart-unit').text()).toMatch(/one square = 1,000/)
    expect(wrapper.find('.key').text()).toBe('= 1,000 GPUs')
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe('One square per 1,000 GPUs. DeepSeek-V3 run: 2,048 H800s; Llama 3.1 405B run: 16,384 H100s (8× V3); GPT-4 run: ~25,000 A100s (leak).')
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
