/**
 * The caveats charts drawn narrow (the reading view on a phone, ~358 CSS px): ChartSvg measures
 * its width, the layout turns compact, and each chart relays itself out in a narrower viewBox so
 * its 16-unit text stays legible: words under the waffle, test names above their
 * rows. A fake ResizeObserver reports the narrow width.
 */
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import CensorshipRefusalsChart from '../../components/charts/CensorshipRefusalsChart.vue'
import R1BenchmarksChart from '../../components/charts/R1BenchmarksChart.vue'
import { useNarrowScreen } from './narrow-screen'

useNarrowScreen()

async function narrow(component: Component, step: number) {
  const wrapper = mount(component, { props: { step }, attachTo: document.body })
  await nextTick()
  await nextTick()
  const svg = wrapper.find('svg[data-chart]')
  const [, , width, height] = svg.attributes('viewBox')!.split(' ').map(Number)
  return { wrapper, svg, width, height }
}

describe('caveats charts, drawn narrow', () => {
  it('measures as compact: a viewBox narrower than 880, marked for CSS', async () => {
    const { svg, width } = await narrow(CensorshipRefusalsChart, 1)
    expect(width).toBeLessThan(880)
    expect(width).toBeGreaterThanOrEqual(360)
    expect(svg.attributes('data-compact')).toBe('')
  })

  it('puts the waffle’s words under the grid, still with the big number', async () => {
    const { svg, width, height } = await narrow(CensorshipRefusalsChart, 1)
    const [x, y] = /translate\(([\d.]+), ([\d.]+)\)/.exec(svg.find('g[transform]').attributes('transform')!)!.slice(1).map(Number)
    expect(x).toBeLessThan(10)
    expect(y).toBeGreaterThan(250)
    expect(height).toBeGreaterThan(y + 200)
    expect(svg.find('.big').text()).toBe('85%')
    expect(width).toBeGreaterThan(300)
  })

  it('names each benchmark above its row and keeps every value label inside the box', async () => {
    const { svg, width } = await narrow(R1BenchmarksChart, 1)
    const names = svg.findAll('.row .name')
    // Above its row, left-aligned (on a slide: right-aligned in a column).
    expect(names.map(n => n.attributes('text-anchor'))).toEqual(['start', 'start', 'start', 'start'])
    for (const label of svg.findAll('.value')) {
      const x = Number(label.attributes('x'))
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(width)
    }
  })
})
