/**
 * The market-moves chart's geometry at a viewBox width. Wide (a slide): group names and a bracket
 * in a left column, company names right-aligned beside their bars. Narrow (a phone): each group's
 * name heads its rows and each company's name sits above its bar, so the bars keep the width.
 */
import type { MoveGroup } from '../data/series/market-moves'
import type { DivergingBar } from './diverging'
import { divergingLayout } from './diverging'
import { assertPlotArea } from './plot-box'
import { estimateTextWidth } from './text-width'
import { tickLabel } from './ticks'

export interface MoveLayoutRow { name: string, group: MoveGroup, pct: number, display: string }

export interface MovesGeometry {
  width: number
  height: number
  /** Where the gridlines stop; tick labels sit under it. */
  foot: number
  zeroX: number
  ticks: { at: number, label: string }[]
  bars: (DivergingBar & { nameX: number, nameY: number, nameAnchor: 'start' | 'end' })[]
  groups: { group: MoveGroup, x: number, y: number, bracket: { x: number, top: number, bottom: number } | null }[]
}

const AXIS = 28
const GROUP_X = 0
const BRACKET_X = 116
const NAME_GAP = 12
/** Below this width the names go above the bars. */
const STACK_BELOW = 640

export function movesLayout(rows: readonly MoveLayoutRow[], width: number): MovesGeometry {
  const input = rows.map(r => ({ key: r.name, value: r.pct }))
  const stacked = width < STACK_BELOW
  const valueRoom = Math.max(...rows.map(r => estimateTextWidth(r.display))) + 12
  if (!stacked) {
    const nameX = BRACKET_X + 16 + Math.max(...rows.map(r => estimateTextWidth(r.name)))
    const foot = 340 - AXIS
    assertPlotArea('market-moves', width - nameX - NAME_GAP - 2 * valueRoom, foot)
    const layout = divergingLayout(input, { width, height: foot, marginLeft: nameX + NAME_GAP + valueRoom, marginRight: valueRoom })
    const bars = layout.bars.map(b => ({ ...b, nameX, nameY: b.y + b.height / 2, nameAnchor: 'end' as const }))
    return { width, height: foot + AXIS, foot, zeroX: layout.zeroX, ticks: ticksOf(layout), bars, groups: groupsOf(rows, bars, g => ({ x: GROUP_X, y: g.mid, bracket: { x: BRACKET_X, top: g.top, bottom: g.bottom } })) }
  }
  const BAR = 16
  const nameY: number[] = []
  const barY: number[] = []
  const groupY = new Map<MoveGroup, number>()
  let y = 0
  rows.forEach((r, i) => {
    if (r.group !== rows[i - 1]?.group) {
      groupY.set(r.group, y + 12)
      y += 26
    }
    nameY.push(y + 11)
    barY.push(y + 21)
    y += 21 + BAR + 9
  })
  assertPlotArea('market-moves', width - 2 * valueRoom, y)
  const layout = divergingLayout(input, { width, height: y, marginLeft: valueRoom, marginRight: valueRoom })
  const bars = layout.bars.map((b, i) => ({ ...b, y: barY[i], height: BAR, nameX: 8, nameY: nameY[i], nameAnchor: 'start' as const }))
  return { width, height: y + AXIS, foot: y, zeroX: layout.zeroX, ticks: ticksOf(layout), bars, groups: groupsOf(rows, bars, g => ({ x: 8, y: groupY.get(g.group)!, bracket: null })) }
}

function ticksOf(layout: { ticks: { value: number, x: number }[] }) {
  return layout.ticks.map(t => ({ at: t.x, label: tickLabel('percent-signed', t.value) }))
}

interface GroupSpan { group: MoveGroup, top: number, bottom: number, mid: number }

function groupsOf(rows: readonly MoveLayoutRow[], bars: readonly DivergingBar[], place: (g: GroupSpan) => Omit<MovesGeometry['groups'][number], 'group'>) {
  const groups = [...new Set(rows.map(r => r.group))]
  return groups.map((group) => {
    const members = bars.filter((_, i) => rows[i].group === group)
    const top = members[0].y
    const bottom = members.at(-1)!.y + members.at(-1)!.height
    return { group, ...place({ group, top, bottom, mid: (top + bottom) / 2 }) }
  })
}
