/**
 * One chart, one definition: its rows, its build steps and the marks each step shows live
 * together here, and the component, the browser walk, the print check, the table and the CSV
 * all read them from it. Pure: no Vue, no DOM.
 */
import type { ChartDataset, ChartSpec, DatasetColumn } from '../data/types'
import { CHART_WIDTH } from './chart-layout'
import { clampStep } from './steps'

export interface ChartConfig<Row extends object, Step, Layout = unknown> {
  /** The one id: `data-chart`, the CSV file name (data/<id>.csv) and the definition share it. */
  id: string
  title: string
  columns: DatasetColumn<Row>[]
  rows: readonly Row[]
  /** Registry facts behind the chart: its source line and CSV header come from them. */
  factIds: readonly string[]
  /** The step table: what each click adds. The slide declares `clicks: steps.length - 1`. */
  steps: readonly Step[]
  /** Whether a row's mark is shown at a step. Omit when the chart's marks are not its rows. */
  rowShown?: (row: Row, step: Step) => boolean
  /**
   * How many counted marks (`.mark[data-shown="true"]`) the chart shows at a step. Defaults to
   * the rows `rowShown` reveals.
   */
  marks?: (step: Step, rows: readonly Row[]) => number
  /**
   * The chart's geometry as a pure function of its viewBox width (880 on a slide, narrower on a
   * phone): every position, size and label placement the component draws. The slide, the
   * article, print and the prerendered pages all call it; components hold no width branches.
   */
  layout?: (width: number) => Layout
}

/** The chart at one click count, clamped: what a component draws. */
export interface ChartState<Row, Step> {
  /** 0 … steps − 1 */
  index: number
  step: Step
  isFinal: boolean
  /** One flag per row (all true when the chart has no `rowShown`). */
  shown: boolean[]
  /** Rows whose marks are shown. */
  shownRows: Row[]
  marks: number
}

export interface ChartDefinition<Row extends object, Step, Layout = unknown> {
  id: string
  title: string
  rows: readonly Row[]
  steps: readonly Step[]
  dataset: ChartDataset<Row>
  spec: ChartSpec
  /** The clamped state for a click count: 999999 (print, overview) is the final step. */
  at: (clicks: number) => ChartState<Row, Step>
  /** The geometry at a viewBox width (see ChartConfig.layout); memoized per width. */
  layout: (width: number) => Layout
}

/** The layouts of charts defined since the last layOutNewCharts(). */
const fresh: Array<(width: number) => unknown> = []

/**
 * Lays out, at the slide's width, every chart defined (its module loaded) since the last call:
 * the deck calls it when a neighbouring slide's code has been fetched (composables/deck.ts), so
 * the geometry is memoized before the click that shows the chart. Returns how many it laid out.
 */
export function layOutNewCharts(width = CHART_WIDTH): number {
  const layouts = fresh.splice(0)
  for (const layout of layouts)
    layout(width)
  return layouts.length
}

export function defineChart<Row extends object, Step, Layout = unknown>(config: ChartConfig<Row, Step, Layout>): ChartDefinition<Row, Step, Layout> {
  const { id, rows, steps, rowShown } = config
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new TypeError(`defineChart: id "${id}" must be lower-case words joined by hyphens (it names a CSV file)`)
  if (steps.length === 0)
    throw new TypeError(`defineChart(${id}): a chart needs at least one step`)
  if (!config.marks && !rowShown)
    throw new TypeError(`defineChart(${id}): give rowShown or marks, so the walk knows what each step shows`)
  const marks = config.marks ?? ((step: Step) => rows.filter(r => rowShown!(r, step)).length)

  const states = steps.map((step, index): ChartState<Row, Step> => {
    const shown = rows.map(r => (rowShown ? rowShown(r, step) : true))
    return {
      index,
      step,
      isFinal: index === steps.length - 1,
      shown,
      shownRows: rows.filter((_, i) => shown[i]),
      marks: marks(step, rows),
    }
  })
  const at = (clicks: number) => states[clampStep(clicks, steps.length)]
  const layouts = new Map<number, Layout>()
  const layout = (width: number): Layout => {
    if (!(width > 0))
      throw new RangeError(`chart ${id}: layout width must be a positive number, got ${width}`)
    if (!layouts.has(width))
      layouts.set(width, config.layout ? config.layout(width) : (undefined as Layout))
    return layouts.get(width)!
  }
  if (config.layout)
    fresh.push(layout)

  return {
    id,
    title: config.title,
    layout,
    rows,
    steps,
    at,
    dataset: { id, title: config.title, factIds: [...config.factIds], columns: config.columns, rows: [...rows] },
    spec: { chartId: id, steps: steps.length, marksAtStep: clicks => at(clicks).marks },
  }
}
