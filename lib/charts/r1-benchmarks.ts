/**
 * DeepSeek-R1 against OpenAI's o1 on the benchmarks DeepSeek published, as a dot plot on a
 * 0–100% scale: one row per test, one dot per model. Steps: R1's scores, then o1's beside them.
 */
import type { BenchmarkInput } from '../../data/series/r1-benchmarks'
import { BENCHMARK_ROWS } from '../../data/series/r1-benchmarks'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate, formatValue } from '../format'
import { estimateTextWidth } from '../text-width'

export interface BenchmarkRow extends BenchmarkInput {
  r1: number
  o1: number
  /** As the registry prints them: "79.8%". */
  r1Printed: string
  o1Printed: string
}

export interface BenchmarkStep {
  o1: boolean
}

const rows: readonly BenchmarkRow[] = BENCHMARK_ROWS.map(r => ({
  ...r,
  r1: numberFact(r.r1FactId),
  o1: numberFact(r.o1FactId),
  r1Printed: printedFact(r.r1FactId),
  o1Printed: printedFact(r.o1FactId),
}))

export const r1BenchmarksChart = defineChart<BenchmarkRow, BenchmarkStep, R1BenchmarksLayout>({
  id: 'r1-benchmarks',
  title: 'R1 and o1, as DeepSeek reported them',
  factIds: BENCHMARK_ROWS.flatMap(r => [r.r1FactId, r.o1FactId]),
  columns: [
    { key: 'test', label: 'Benchmark' },
    { key: 'what', label: 'Tests' },
    { key: 'r1', label: 'DeepSeek-R1', unit: '%' },
    { key: 'o1', label: 'OpenAI o1-1217', unit: '%' },
  ],
  rows,
  steps: [{ o1: false }, { o1: true }],
  marks: (step, all) => all.length * (step.o1 ? 2 : 1),
  // Hoisted: the dot layout is defined below.
  layout: width => r1BenchmarksLayout(width),
})

export interface DotPlotOptions {
  /** Where the 0% and 100% ends of the scale sit. */
  x0: number
  x1: number
  /** Centre of the first row, and the distance between rows. */
  top: number
  rowGap: number
  /** Gap between a dot's centre and its value label. */
  labelGap?: number
  fontSize?: number
}

/**
 * Dots and value labels for every row, laid out for the final step: the higher score's label
 * right of its dot, the lower one's left of it, so two close dots never share a label's place.
 */
export function benchmarkLayout(o: DotPlotOptions) {
  const gap = o.labelGap ?? 14
  const fontSize = o.fontSize ?? 16
  const x = (pct: number) => o.x0 + (o.x1 - o.x0) * pct / 100
  const dots = rows.map((r, i) => {
    const y = o.top + i * o.rowGap
    const r1High = r.r1 >= r.o1
    const place = (value: number, high: boolean, text: string) => {
      const cx = x(value)
      const other = x(high ? Math.min(r.r1, r.o1) : Math.max(r.r1, r.o1))
      const edge = high ? Math.max(cx, other) + gap : Math.min(cx, other) - gap
      const width = estimateTextWidth(text, fontSize)
      return { cx, textX: edge, anchor: high ? 'start' as const : 'end' as const, x0: high ? edge : edge - width, x1: high ? edge + width : edge }
    }
    return { row: r, y, r1: place(r.r1, r1High, r.r1Printed), o1: place(r.o1, !r1High, r.o1Printed) }
  })
  const ticks = [0, 25, 50, 75, 100].map(v => ({ at: x(v), label: formatValue(v, { style: 'percent' }), key: v }))
  return { dots, ticks, x }
}

/** The slide's width: narrower, the chart is laid out for a phone. */
const SLIDE = 880

/**
 * The chart at a viewBox width: on a slide, test names in a left column (what each measures
 * under the name); on a phone, name and measure on a line above each row, the scale full width.
 */
export function r1BenchmarksLayout(width: number) {
  const narrow = width < SLIDE
  const x0 = narrow ? 8 : 250
  const x1 = narrow ? width - 64 : 816
  const plot = benchmarkLayout({ x0, x1, top: narrow ? 74 : 48, rowGap: narrow ? 66 : 46 })
  const axisY = plot.dots.at(-1)!.y + (narrow ? 24 : 28)
  const names = plot.dots.map(d => narrow
    ? { test: { x: x0, y: d.y - 20, anchor: 'start' as const }, what: { x: x0 + estimateTextWidth(d.row.test) + 8, y: d.y - 20, anchor: 'start' as const } }
    : { test: { x: 232, y: d.y - 3, anchor: 'end' as const }, what: { x: 232, y: d.y + 17, anchor: 'end' as const } })
  return { x0, x1, plot, names, axisY, height: axisY + 26, legendX: narrow ? 8 : 530 }
}

export type R1BenchmarksLayout = ReturnType<typeof r1BenchmarksLayout>

const asOf = formatDate(getFact(BENCHMARK_ROWS[0].r1FactId).asOf)

/** The chart's words, from the registry. */
export const r1BenchmarksText = {
  unit: `% of questions answered correctly, 0–100% scale; published ${asOf}`,
  r1: 'DeepSeek-R1',
  o1: 'OpenAI o1',
  lead: 'Dot plot, zero-based percent scale.',
  row: (r: BenchmarkRow, o1: boolean) => `${r.test} (${r.what}): R1 ${r.r1Printed}${o1 ? `, o1 ${r.o1Printed}` : ''}`,
}
