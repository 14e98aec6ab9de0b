import { describe, expect, it } from 'vitest'
import { defineChart, layOutNewCharts } from './chart'

const rows = [
  { name: 'a', group: 1 },
  { name: 'b', group: 2 },
  { name: 'c', group: 2 },
]

const chart = defineChart({
  id: 'test-chart',
  title: 'Test',
  columns: [{ key: 'name', label: 'Name' }],
  rows,
  factIds: ['x'],
  steps: [1, 2],
  rowShown: (row, step) => row.group <= step,
})

describe('defineChart', () => {
  it.each([
    { clicks: 0, index: 0, marks: 1, shown: [true, false, false] },
    { clicks: 1, index: 1, marks: 3, shown: [true, true, true] },
    { clicks: 999999, index: 1, marks: 3, shown: [true, true, true] },
    { clicks: -3, index: 0, marks: 1, shown: [true, false, false] },
    { clicks: Number.NaN, index: 0, marks: 1, shown: [true, false, false] },
  ])('clicks $clicks → step $index, $marks marks', ({ clicks, index, marks, shown }) => {
    const state = chart.at(clicks)
    expect(state.index).toBe(index)
    expect(state.marks).toBe(marks)
    expect(state.shown).toEqual(shown)
    expect(state.shownRows).toEqual(rows.filter((_, i) => shown[i]))
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
  })

  it('shares one id between the dataset (CSV) and the spec (data-chart)', () => {
    expect(chart.dataset.id).toBe('test-chart')
    expect(chart.spec.chartId).toBe('test-chart')
    expect(chart.spec.steps).toBe(2)
    expect(chart.at(5).isFinal).toBe(true)
  })

  it('counts marks with a custom function when marks are not rows', () => {
    const timeline = defineChart({ id: 'tl', title: 'T', columns: [], rows: [], factIds: [], steps: [2, 5], marks: step => step })
    expect([0, 1].map(timeline.spec.marksAtStep)).toEqual([2, 5])
    expect(timeline.at(1).shown).toEqual([])
  })

  it.each([
    { config: { id: 'Bad Id', steps: [1] }, message: /lower-case words/ },
    { config: { id: 'ok', steps: [] }, message: /at least one step/ },
    { config: { id: 'ok', steps: [1], rowShown: undefined }, message: /rowShown or marks/ },
  ])('rejects $config.id with $config.steps.length steps', ({ config, message }) => {
    expect(() => defineChart({ title: '', columns: [], rows: [], factIds: [], ...config })).toThrow(message)
  })
})

describe('layOutNewCharts', () => {
  it('lays out each newly defined chart once, at the slide width, and memoizes it', () => {
    layOutNewCharts() // charts other test files defined in this worker
    const widths: number[] = []
    const laidOut = defineChart({ id: 'warm', title: 'W', columns: [], rows: [], factIds: [], steps: [1], marks: () => 0, layout: (w) => {
      widths.push(w)
      return { w }
    } })
    expect(layOutNewCharts()).toBe(1)
    expect(widths).toEqual([880])
    expect(laidOut.layout(880)).toEqual({ w: 880 })
    expect(widths, 'the slide layout is memoized, not computed again at mount').toEqual([880])
    expect(layOutNewCharts()).toBe(0)
  })
})
