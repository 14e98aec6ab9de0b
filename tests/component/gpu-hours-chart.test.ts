import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuHoursChart from '../../components/charts/GpuHoursChart.vue'
import { gpuHoursChart as chart, gpuHoursText as text } from '../../lib/charts/gpu-hours'
import { printedFact } from '../../lib/facts'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(GpuHoursChart, { props: { step } })
  return { wrapper, shown: wrapper.findAll('.mark[data-shown="true"]').length }
}

describe('GpuHoursChart', () => {
  it.each([
    { step: 0, shown: 1 },
    { step: 1, shown: 2 },
    { step: 2, shown: 2 },
    { step: 999999, shown: 2 },
    { step: -5, shown: 1 },
  ])('step $step shows $shown bars', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(chart.spec.marksAtStep(step)).toBe(shown)
  })

  it('starts both bars at zero and keeps their lengths in proportion', () => {
    const { wrapper } = render(2)
    const [v3, llama] = wrapper.findAll('rect.mark')
    expect(v3.attributes('x')).toBe(llama.attributes('x'))
    expect(wrapper.find('.gridlines text').text()).toBe('0')
    const ratio = Number(llama.attributes('width')) / Number(v3.attributes('width'))
    expect(ratio).toBeCloseTo(chart.rows[1].gpuHours / chart.rows[0].gpuHours, 3)
  })

  it('shows the ≈11× ratio only at the last step', () => {
    expect(render(1).wrapper.find('.pieces').attributes('opacity')).toBe('0')
    const last = render(2).wrapper
    expect(last.find('.pieces').attributes('opacity')).toBe('1')
    expect(last.find('.ratio').text()).toBe(text.ratio)
    expect(last.findAll('.pieces line')).toHaveLength(chart.layout(880).pieces.length)
  })

  it('names each bar with its cluster, and rounds its values to one decimal', () => {
    const { wrapper } = render(2)
    expect(wrapper.findAll('text.name').map(t => t.text())).toEqual(chart.rows.map(r => `${r.name} · ${printedFact(r.countFactId)} ${r.chip}s`))
    expect(wrapper.findAll('text.value').map(t => t.text())).toEqual(chart.rows.map(r => `${(r.gpuHours / 1e6).toFixed(1)}M`))
  })

  it('takes its unit line, note and text alternative from the definition', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('.chart-unit').text()).toBe(text.unit)
    expect(wrapper.find('.chart-source').text()).toMatch(/H800 and H100 have about the same compute per chip/)
    const description = wrapper.find('[role="img"]').attributes('aria-describedby')!
    expect(wrapper.find(`[id="${description}"]`).text()).toBe(`${text.lead} ${chart.rows.map(text.row).join('; ')}. ${text.ratioSentence}`)
  })

  it('carries its one id on the svg and in the CSV link', () => {
    const { wrapper } = render(2)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('gpu-hours')
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/gpu-hours.csv')
  })

  it.each([0, 1, 2])('matches its SVG snapshot at step %i', async (step) => {
    const { wrapper } = render(step)
    await expect(normaliseMarkup(wrapper.find('svg').html())).toMatchFileSnapshot(`__snapshots__/gpu-hours-step-${step}.svg`)
  })
})
