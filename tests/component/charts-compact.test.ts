/**
 * Every chart drawn narrow, as in the reading view on a 390 px phone (~358 CSS px for the SVG):
 * ChartSvg measures its width, the chart's layout turns compact (composables/useChartLayout.ts),
 * and the chart lays itself out in a narrower viewBox so its 16-unit text renders at 12 px or
 * more. Here, with a ResizeObserver that reports the narrow width, for each chart at its last
 * step: the viewBox is narrower, the marks are the ones its ChartSpec promises (the layout
 * changes, the data does not), and no label runs past the chart's left or right edge (by the
 * same generous width estimate the layouts use). The slide layouts are the snapshot tests' job.
 */
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import AppRankChart from '../../components/charts/AppRankChart.vue'
import BillionaireLossesChart from '../../components/charts/BillionaireLossesChart.vue'
import CensorshipRefusalsChart from '../../components/charts/CensorshipRefusalsChart.vue'
import ChipCompareChart from '../../components/charts/ChipCompareChart.vue'
import CostIcebergChart from '../../components/charts/CostIcebergChart.vue'
import DotcomChart from '../../components/charts/DotcomChart.vue'
import GpuHoursChart from '../../components/charts/GpuHoursChart.vue'
import GpuUnitsChart from '../../components/charts/GpuUnitsChart.vue'
import LargestLossesChart from '../../components/charts/LargestLossesChart.vue'
import MarketMovesChart from '../../components/charts/MarketMovesChart.vue'
import NvidiaPriceChart from '../../components/charts/NvidiaPriceChart.vue'
import NvidiaRunChart from '../../components/charts/NvidiaRunChart.vue'
import R1BenchmarksChart from '../../components/charts/R1BenchmarksChart.vue'
import SignupAttacksChart from '../../components/charts/SignupAttacksChart.vue'
import TimelineChart from '../../components/charts/TimelineChart.vue'
import TrainingCostChart from '../../components/charts/TrainingCostChart.vue'
import UsagePriceChart from '../../components/charts/UsagePriceChart.vue'
import { charts } from '../../lib/charts/index'
import { estimateTextWidth } from '../../lib/text-width'
import { PHONE_PX, useNarrowScreen } from './narrow-screen'

const SLACK = 4

useNarrowScreen()

/** The component that draws each chart, and any props besides `step` (a timeline slide names its id). */
const COMPONENTS: Record<string, Component | [Component, Record<string, unknown>]> = {
  'after-january-2025': [TimelineChart, { chart: 'after-january-2025' }],
  'app-rank': AppRankChart,
  'billionaire-losses': BillionaireLossesChart,
  'censorship-refusals': CensorshipRefusalsChart,
  'chip-compare': ChipCompareChart,
  'cost-iceberg': CostIcebergChart,
  'dotcom': DotcomChart,
  'export-controls-timeline': [TimelineChart, { chart: 'export-controls-timeline' }],
  'gpu-hours': GpuHoursChart,
  'gpu-units': GpuUnitsChart,
  'largest-losses': LargestLossesChart,
  'market-moves': MarketMovesChart,
  'nvidia-price': NvidiaPriceChart,
  'nvidia-run': NvidiaRunChart,
  'origin-timeline': [TimelineChart, { chart: 'origin-timeline' }],
  'r1-benchmarks': R1BenchmarksChart,
  'signup-attacks': SignupAttacksChart,
  'training-cost': TrainingCostChart,
  'usage-price': UsagePriceChart,
}

/** The x offset an element inherits from its ancestors' translate() transforms, up to the svg. */
function offsetX(el: Element): number {
  let x = 0
  for (let e = el.parentElement; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
    const m = /translate\(\s*(-?[\d.]+)/.exec(e.getAttribute('transform') ?? '')
    if (m)
      x += Number(m[1])
  }
  return x
}

/** Each line of chart text (a <text>, or each of its positioned <tspan>s) and its estimated span. */
function textSpans(svg: Element): { text: string, start: number, end: number }[] {
  return [...svg.querySelectorAll('text')].flatMap((t) => {
    const anchor = t.getAttribute('text-anchor') ?? 'start'
    const lines = [...t.querySelectorAll('tspan[x]')]
    const parts = lines.length ? lines.map(l => ({ el: l, text: l.textContent ?? '' })) : [{ el: t, text: t.textContent ?? '' }]
    return parts.filter(p => p.text.trim() && p.el.getAttribute('x') !== null).map((p) => {
      const x = Number(p.el.getAttribute('x')) + offsetX(t)
      const width = estimateTextWidth(p.text.trim())
      const start = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x
      return { text: p.text.trim(), start, end: start + width }
    })
  })
}

describe('every chart, drawn narrow', () => {
  it('has a compact test for every chart in lib/charts/index.ts', () => {
    expect(Object.keys(COMPONENTS).sort()).toEqual(charts.map(c => c.id).sort())
  })

  it.each(charts.map(c => ({ id: c.id, chart: c })))('$id: narrower viewBox, all its last step\'s marks, labels inside', async ({ id, chart }) => {
    const last = chart.spec.steps - 1
    const entry = COMPONENTS[id]!
    const [component, props] = Array.isArray(entry) ? entry : [entry, {}]
    const wrapper = mount(component, { props: { ...props, step: last }, attachTo: document.body })
    await nextTick()
    await nextTick()
    const svg = wrapper.find(`svg[data-chart="${id}"]`)
    expect(svg.exists()).toBe(true)
    const [, , width] = svg.attributes('viewBox')!.split(' ').map(Number)
    expect(svg.attributes('data-compact'), 'marked compact').toBe('')
    expect(width, 'viewBox width').toBeLessThan(880)
    // 16-unit text at 12 px or more on a 358 px chart.
    expect(PHONE_PX * 16 / width).toBeGreaterThanOrEqual(12)
    expect(svg.findAll('.mark[data-shown="true"]').length).toBe(chart.spec.marksAtStep(last))
    const outside = textSpans(svg.element)
      .filter(s => s.start < -SLACK || s.end > width + SLACK)
      .map(s => `“${s.text}” spans ${Math.round(s.start)}–${Math.round(s.end)} of 0–${width}`)
    expect(outside).toEqual([])
    wrapper.unmount()
  })
})
