/**
 * The days around DeepSeek's sign-up limit on a day axis: the DDoS waves NSFOCUS logged against
 * its chat service and its API (one dot each), and DeepSeek's own dates as marker lines.
 * Steps: the chat service, hit from R1's release day; the three waves on the API; the limit.
 */
import type { AttackLaneId } from '../../data/series/signup-attacks'
import { ATTACK_DAYS, ATTACK_LANES, ATTACK_MARKERS, ATTACK_STEPS, ATTACK_WAVES } from '../../data/series/signup-attacks'
import { defineChart } from '../chart'
import { parseIsoDate } from '../dates'
import { dateFact, fillFacts } from '../facts'
import { formatDate } from '../format'
import { estimateTextWidth } from '../text-width'
import { tickLabel } from '../ticks'

export interface AttackRow {
  /** ISO date. */
  date: string
  target: string
  what: string
  kind: 'wave' | 'marker'
  id: string
  step: number
}

const DAY_MS = 86_400_000
const laneLabel = new Map(ATTACK_LANES.map(l => [l.id, l.label]))

const rows: readonly AttackRow[] = [
  ...ATTACK_WAVES.map(w => ({ date: dateFact(w.factId), target: laneLabel.get(w.lane)!, what: 'DDoS wave', kind: 'wave' as const, id: w.id, step: w.step })),
  ...ATTACK_MARKERS.map(m => ({ date: dateFact(m.factId), target: 'DeepSeek', what: m.label, kind: 'marker' as const, id: m.id, step: m.step })),
].sort((a, b) => a.date.localeCompare(b.date) || a.step - b.step)

export const signupAttacksChart = defineChart<AttackRow, number>({
  id: 'signup-attacks',
  title: 'DDoS waves on DeepSeek',
  factIds: [...ATTACK_WAVES.map(w => w.factId), ...ATTACK_LANES.map(l => l.countFactId), ...ATTACK_MARKERS.map(m => m.factId)],
  columns: [
    { key: 'date', label: 'Day (UTC+8)' },
    { key: 'target', label: 'Target' },
    { key: 'what', label: 'What' },
  ],
  rows,
  steps: Array.from({ length: ATTACK_STEPS }, (_, i) => i),
  rowShown: (row, step) => row.step <= step,
})

export interface AttackLayoutOptions {
  width: number
  /** Left margin, for the lane names. */
  left: number
  right: number
  /** Baselines of the marker labels, and the lanes' centres. */
  markerLabelY: number
  laneY: Record<AttackLaneId, number>
  axisY: number
  fontSize?: number
}

/** Day columns, lane positions and label spans, for the final step (a build only reveals). */
export function attackLayout(o: AttackLayoutOptions) {
  const start = parseIsoDate(ATTACK_DAYS[0]).start.getTime()
  const end = parseIsoDate(ATTACK_DAYS[1]).start.getTime()
  const days = Math.round((end - start) / DAY_MS) + 1
  if (!(days > 0))
    throw new TypeError(`attackLayout: the day range ${ATTACK_DAYS.join(' – ')} is empty`)
  const column = (o.right - o.left) / days
  const x = (iso: string) => {
    const i = Math.round((parseIsoDate(iso).start.getTime() - start) / DAY_MS)
    if (i < 0 || i >= days)
      throw new TypeError(`attackLayout: ${iso} is outside the axis ${ATTACK_DAYS.join(' – ')}`)
    return o.left + (i + 0.5) * column
  }
  const fontSize = o.fontSize ?? 16
  const ticks = Array.from({ length: days }, (_, i) => {
    const day = new Date(start + i * DAY_MS)
    return { at: o.left + (i + 0.5) * column, label: tickLabel('day', day), weekday: tickLabel('day-of-week', day), key: i }
  })
  const rowIndex = (kind: AttackRow['kind'], id: string) => rows.findIndex(r => r.kind === kind && r.id === id)
  const waves = ATTACK_WAVES.map(w => ({ ...w, x: x(dateFact(w.factId)), y: o.laneY[w.lane], row: rowIndex('wave', w.id) }))
  // A marker's label runs right of its line, or left of it where it would leave the plot.
  const markers = ATTACK_MARKERS.map((m) => {
    const mx = x(dateFact(m.factId))
    const width = estimateTextWidth(m.label, fontSize) + 2
    const right = mx + 8 + width <= o.width
    return { ...m, x: mx, anchor: right ? 'start' as const : 'end' as const, textX: right ? mx + 8 : mx - 8, x0: right ? mx + 8 : mx - 8 - width, x1: right ? mx + 8 + width : mx - 8, row: rowIndex('marker', m.id) }
  })
  const lanes = ATTACK_LANES.map(l => ({ ...l, y: o.laneY[l.id], count: fillFacts(`{${l.countFactId}} waves`) }))
  return { days, column, ticks, waves, markers, lanes, axisY: o.axisY, markerLabelY: o.markerLabelY, left: o.left, right: o.right }
}

/** The chart's words, from the registry. */
export const signupAttacksText = {
  unit: 'Days in Jan 2025, China time (UTC+8); one dot per wave, as NSFOCUS logged them',
  lead: 'Timeline by day.',
  row: (r: AttackRow) => `${formatDate(r.date)}: ${r.kind === 'wave' ? `${r.what}, ${r.target}` : r.what}`,
}
