/**
 * A timeline chart's definition: defineChart over its table rows (one per event or period, each
 * shown from its step on), plus the layout and the words TimelineChart.vue draws from.
 */
import type { TimelineInput } from '../../data/series/timeline-input'
import type { ChartDefinition } from '../chart'
import type { PaletteToken } from '../palette'
import type { TimelineDates } from './registry'
import type { TimelineRow } from './rows'
import type { TimelineLayout, TimelineOptions } from './types'
import { defineChart } from '../chart'
import { estimateTextWidth } from '../text-width'
import { timelineLayout } from './layout'
import { readTimeline, timelineFactIds } from './registry'
import { timelineRows } from './rows'

export interface TimelineChartConfig {
  id: string
  title: string
  /** The unit line under the title. */
  unit: string
  data: TimelineInput
  /** Table and CSV column labels. */
  columns: Record<'date' | 'until' | 'lane' | 'what', string>
  /** For the text alternative: the span the axis covers ("2015 to 2025"), and the date words of a period open at the start. */
  span: string
  before: string
  /** Event date words: full (default), short (no year) or month ("Aug 2022", the year on every label). */
  dates?: TimelineDates
  /** Colour of each event lane's dots and leader lines (default ink). */
  laneTones?: Record<string, PaletteToken>
  marginLeft?: number
  /** Months between minor axis ticks (0: years only). */
  minorMonths?: number
  /** Layout options for the slide's width (e.g. larger text for a timeline with a slide of its own). */
  slide?: Partial<Omit<TimelineOptions, 'width'>>
  /** Facts for the on-slide source line when the full list would not fit; the CSV keeps every source. */
  sourceFactIds?: string[]
}

/**
 * `layout(width)`: the timeline at a viewBox width. Narrower than the slide's 880 (a compact
 * chart, composables/useChartLayout.ts), the lane names' column shrinks to fit them and the labels
 * take the tiers they need. Events and bands keep their order, so `rowOf` holds. Memoized per width.
 */
export interface TimelineDefinition extends ChartDefinition<TimelineRow, number, TimelineLayout> {
  /** The row (index into `rows`, `state.shown` and the fades) of each laid-out event and band. */
  rowOf: { events: number[], bands: number[] }
  unit: string
  description: string
  laneTones: Record<string, PaletteToken>
  sourceFactIds?: string[]
}

/** The viewBox width every chart shares. */
const WIDTH = 880

export function defineTimeline(config: TimelineChartConfig): TimelineDefinition {
  const data = readTimeline(config.data, config.dates)
  const factIds = timelineFactIds(config.data)
  const stray = config.sourceFactIds?.find(id => !factIds.includes(id))
  if (stray)
    throw new TypeError(`defineTimeline(${config.id}): source fact "${stray}" is not one of the chart's facts`)
  const rows = timelineRows(data)
  const options = {
    width: WIDTH,
    marginLeft: config.marginLeft ?? 110,
    marginRight: 12,
    minorMonths: config.minorMonths ?? 0,
    tierHeight: 20,
    bandHeight: 24,
    laneGap: 6,
  }
  // Narrow: a lane-name column just wide enough (semibold, so a tenth over the estimate).
  const laneColumn = Math.ceil(Math.max(...data.lanes.map(l => estimateTextWidth(l.label) * 1.1))) + 16
  const chart = defineChart<TimelineRow, number, TimelineLayout>({
    id: config.id,
    title: config.title,
    columns: (['date', 'until', 'lane', 'what'] as const).map(key => ({ key, label: config.columns[key] })),
    rows,
    factIds,
    steps: Array.from({ length: data.steps }, (_, i) => i),
    rowShown: (row, step) => row.step <= step,
    // Labels are placed by an estimate of their width: narrow, a tenth to spare, since dates are semibold.
    layout: width => width >= WIDTH
      ? timelineLayout(data, { ...options, ...config.slide })
      : timelineLayout(data, { ...options, width, marginLeft: Math.min(options.marginLeft, laneColumn), measureScale: 1.1 }),
  })
  const layout = chart.layout(WIDTH)
  const rowIndex = (kind: TimelineRow['kind'], id: string) => rows.findIndex(r => r.kind === kind && r.id === id)
  const dated = rows.map(r => `${r.date || config.before}${r.until ? ` to ${r.until}` : ''}: ${r.lane}, ${r.what}`)
  return {
    ...chart,
    rowOf: { events: layout.events.map(e => rowIndex('event', e.id)), bands: layout.bands.map(b => rowIndex('band', b.id)) },
    unit: config.unit,
    description: `Timeline, ${config.span}. ${dated.join('. ')}.`,
    laneTones: config.laneTones ?? {},
    sourceFactIds: config.sourceFactIds,
  }
}
