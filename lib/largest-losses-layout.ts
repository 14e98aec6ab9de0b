/**
 * The largest-losses chart's geometry at a viewBox width. Wide (a slide): company and date in a
 * right-aligned column left of zero. Narrow (a phone): both on one line above each bar, so the
 * bars keep the width. Pure: tested in node at 880 and 360.
 */
import type { RangeBar } from './range-bars'
import { stackedRows } from './chart-layout'
import { assertPlotArea } from './plot-box'
import { rangeBarLayout } from './range-bars'
import { estimateTextWidth } from './text-width'
import { tickLabel } from './ticks'

export interface LossLayoutRow { company: string, day: string, low: number, high: number, printed: string }

export interface LossLabel { x: number, y: number, anchor: 'start' | 'end' }

export interface LossesGeometry {
  width: number
  height: number
  /** Where the gridlines and the zero line stop; tick labels sit under it. */
  foot: number
  zeroX: number
  ticks: { at: number, label: string }[]
  bars: (RangeBar & { name: LossLabel, date: LossLabel })[]
  /** Where a claim written inside the newest bar starts. */
  claimX: number
}

const AXIS = 30
/** Company names are set at 18 units (the component's `.name`). */
export const LOSS_NAME_SIZE = 18
/** Below this width the names go above the bars. */
const STACK_BELOW = 640

export function lossesLayout(rows: readonly LossLayoutRow[], width: number): LossesGeometry {
  const input = rows.map((r, i) => ({ key: String(i), low: r.low, high: r.high }))
  const valueRoom = Math.max(...rows.map(r => estimateTextWidth(r.printed))) + 16
  const stacked = width < STACK_BELOW
  const column = Math.max(...rows.flatMap(r => [estimateTextWidth(r.company, LOSS_NAME_SIZE), estimateTextWidth(r.day)]))
  const left = stacked ? 8 : column + 24
  const stack = stackedRows(rows.length, { top: 0, lines: 1, barHeight: 26, gap: 12 })
  const foot = stacked ? stack.bottom + 8 : 214
  assertPlotArea('largest-losses', width - left - valueRoom, foot)
  const layout = rangeBarLayout(input, { width, height: foot, marginLeft: left, marginRight: valueRoom, tickCount: stacked ? 4 : 6 })
  const bars = layout.bars.map((b, i) => {
    if (!stacked)
      return { ...b, name: { x: left - 12, y: b.y + b.height / 2 - 3, anchor: 'end' as const }, date: { x: left - 12, y: b.y + b.height / 2 + 17, anchor: 'end' as const } }
    const s = stack.rows[i]
    const name = { x: left, y: s.labelY, anchor: 'start' as const }
    const date = { x: left + estimateTextWidth(rows[i].company, LOSS_NAME_SIZE) + 8, y: s.labelY, anchor: 'start' as const }
    return { ...b, y: s.y, height: s.height, name, date }
  })
  const ticks = layout.ticks.map(t => ({ at: t.x, label: tickLabel('usd-compact', t.value) }))
  return { width, height: foot + AXIS, foot, zeroX: layout.zeroX, ticks, bars, claimX: layout.zeroX + 14 }
}
