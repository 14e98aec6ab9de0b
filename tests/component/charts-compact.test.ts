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
import { charts } from '../../lib/charts/index'
import { estimateTextWidth } from '../../lib/text-width'
import { PHONE_PX, useNarrowScreen } from './narrow-screen'

const SLACK = 4

useNarrowScreen()

const sources = import.meta.glob<string>('../../components/charts/*.vue', { query: '?raw', import: 'default', eager: true })
const components = import.meta.glob<Component>('../../components/charts/*.vue', { import: 'default', eager: true })

/**
 * The component that draws a chart, found by convention, and any props besides `step`: the one
 * component in components/charts/ that imports lib/charts/<id>, or, for a timeline without one,
 * TimelineChart naming it by id (as its slide does).
 */
function componentOf(id: string, isTimeline: boolean): [Component, Record<string, unknown>] {
  const importsIt = new RegExp(`from '\\.\\./\\.\\./lib/charts/${id}'`)
  const found = Object.keys(sources).filter(path => importsIt.test(sources[path]!))
  if (found.length > 1)
    throw new Error(`${found.join(', ')} all import lib/charts/${id}: one component per chart`)
  if (found.length === 1)
    return [components[found[0]!]!, {}]
  if (isTimeline)
    return [components['../../components/charts/TimelineChart.vue']!, { chart: id }]
  throw new Error(`No component in components/charts/ imports lib/charts/${id}`)
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
  it('finds the component of every chart in lib/charts/', () => {
    expect(charts.length).toBeGreaterThan(0)
    for (const c of charts)
      expect(() => componentOf(c.id, 'rowOf' in c), c.id).not.toThrow()
  })

  it.each(charts.map(c => ({ id: c.id, chart: c })))('$id: narrower viewBox, all its last step\'s marks, labels inside', async ({ id, chart }) => {
    const last = chart.spec.steps - 1
    const [component, props] = componentOf(id, 'rowOf' in chart)
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
