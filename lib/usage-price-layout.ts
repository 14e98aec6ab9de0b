/**
 * The usage-price chart's geometry at a viewBox width: two groups (output, then input tokens),
 * each an R1 bar over an o1 bar on one zero-based scale, the gap beside R1's bar and the claim
 * under the axis. Wide (a slide): model names left of zero. Narrow (a phone): above each bar.
 * Pure: tested in node at 880 and 360.
 */
import { wrapText } from './chart-layout'
import { barLayout } from './log-bars'
import { assertPlotArea } from './plot-box'
import { estimateTextWidth } from './text-width'
import { tickLabel } from './ticks'

export type Tokens = 'output' | 'input'
export interface PriceLayoutRow { model: string, tokens: Tokens, usd: number, display: string }
export interface PriceLabel { x: number, y: number, anchor: 'start' | 'end' }

export interface PriceGeometry {
  width: number
  height: number
  /** Where the gridlines stop; tick labels sit under it. */
  foot: number
  baseX: number
  ticks: { at: number, label: string }[]
  /** Each group's heading baseline, and its piece of the zero line (never through a heading). */
  groups: { tokens: Tokens, headingY: number, zero: { y1: number, y2: number } }[]
  /** Full-length bars; the component grows them. `name` is the model's label. */
  bars: { y: number, height: number, mid: number, width: number, name: PriceLabel }[]
  /** Value labels start this far past a bar's end. */
  valueGap: number
  /** The "≈27× cheaper" label beside R1's bar, per group. */
  gaps: { tokens: Tokens, x: number, y: number }[]
  /** The claim, wrapped to the width: one baseline per line. */
  claim: { lines: string[], x: number, y: number[] }
}

/** Below this width the names go above the bars. */
const STACK_BELOW = 640
const VALUE_GAP = 8

export function priceLayout(rows: readonly PriceLayoutRow[], width: number, words: { gap: Record<Tokens, string>, claim: string }): PriceGeometry {
  const stacked = width < STACK_BELOW
  const BAR = stacked ? 26 : 34
  const NAME = stacked ? 22 : 0
  const ROW = stacked ? BAR + 26 : BAR + 8
  const top: Record<Tokens, number> = { output: 30, input: stacked ? 30 + NAME + 2 * ROW + 18 : 150 }
  const left = stacked ? 8 : Math.max(...rows.map(r => estimateTextWidth(r.model))) + 20
  const foot = top.input + NAME + ROW + BAR + 6
  const valueRoom = Math.max(...rows.map(r => estimateTextWidth(r.display))) + VALUE_GAP + 4
  assertPlotArea('usage-price', width - left - valueRoom, foot)
  // One scale for all four prices; the bands are placed by hand, grouped by kind of token.
  const layout = barLayout(rows.map((r, i) => ({ key: String(i), value: r.usd })), { width, height: 100, marginLeft: left, marginRight: valueRoom })
  const bars = rows.map((r, i) => {
    const y = top[r.tokens] + NAME + (r.model === rows.find(o => o.tokens === r.tokens)!.model ? 0 : ROW)
    const mid = y + BAR / 2
    const name: PriceLabel = stacked ? { x: left, y: y - 7, anchor: 'start' } : { x: left - 12, y: mid + 5.6, anchor: 'end' }
    return { y, height: BAR, mid, width: layout.bars[i].width, name }
  })
  const gaps = (['output', 'input'] as const).map((tokens) => {
    const i = rows.findIndex(r => r.tokens === tokens)
    return { tokens, x: layout.baseX + bars[i].width + VALUE_GAP + estimateTextWidth(rows[i].display) + 24, y: bars[i].mid + 5.6 }
  })
  const lines = wrapText(words.claim, width - 8)
  return {
    width,
    height: foot + 58 + (lines.length - 1) * 20,
    foot,
    baseX: layout.baseX,
    ticks: layout.ticks.map(t => ({ at: t.x, label: tickLabel('usd-price', t.value) })),
    groups: (['output', 'input'] as const).map(t => ({ tokens: t, headingY: top[t] - 14, zero: { y1: top[t] - 2, y2: top[t] + NAME + ROW + BAR + 6 } })),
    bars,
    valueGap: VALUE_GAP,
    gaps,
    claim: { lines, x: 0, y: lines.map((_, k) => foot + 50 + k * 20) },
  }
}
