/**
 * Lays out a dated timeline: a UTC time axis, event lanes whose labels are stacked in tiers so
 * that no two labels (and no label and another event's leader line) collide, and rows of period
 * bands ("which chips could be sold when"). Pure: no Vue, no DOM. This file stacks the lanes and
 * adds the axis and key; an event lane's tiers are in event-lane.ts, the bands in bands.ts.
 *
 * Everything is laid out once for the final step, so revealing an event never moves another.
 */
import type { Frame } from './frame'
import type { LaidEvent, LaidLane, TimelineData, TimelineLayout, TimelineOptions } from './types'
import { scaleUtc } from 'd3-scale'
import { parseIsoDate } from '../dates'
import { assertPlotArea } from '../plot-box'
import { timeAxisTicks } from './axis'
import { layBand } from './bands'
import { dated, eventLane } from './event-lane'
import { keyItems } from './key'

/**
 * Lays out lanes top to bottom in the order given, then the date axis. Label tiers are chosen
 * per event lane from all its events, so the layout is the same at every step.
 */
export function timelineLayout(data: TimelineData, options: TimelineOptions): TimelineLayout {
  const o = { marginRight: 16, fontSize: 16, tierHeight: 22, bandHeight: 26, laneGap: 8, axisHeight: 26, minorMonths: 0, keyHeight: 30, measureScale: 1, ...options }
  assertPlotArea('timelineLayout', o.width - o.marginLeft - o.marginRight, 1)
  if (!Number.isInteger(data.steps) || data.steps < 1)
    throw new TypeError(`timelineLayout: steps must be a positive integer, got ${data.steps}`)
  const start = parseIsoDate(data.domain[0]).start
  const end = parseIsoDate(data.domain[1]).start
  if (!(end > start))
    throw new TypeError(`timelineLayout: domain ${data.domain[0]} – ${data.domain[1]} is empty or reversed`)
  const plotRight = o.width - o.marginRight
  const scale = scaleUtc().domain([start, end]).range([o.marginLeft, plotRight])
  const f: Frame = { ...o, start, end, x: d => scale(d), plotRight, steps: data.steps, domain: data.domain.join(' – ') }

  const laneIds = new Set(data.lanes.map(l => l.id))
  const unknown = data.events.find(e => !laneIds.has(e.lane))
  if (unknown)
    throw new TypeError(`timelineLayout: event "${unknown.id}" is in unknown lane "${unknown.lane}"`)
  const events = data.events.map(e => dated(e, f))

  const lanes: LaidLane[] = []
  const laidEvents: LaidEvent[] = []
  let crossings = 0
  let y = 0
  for (const lane of data.lanes) {
    if (lane.kind === 'bands') {
      lanes.push({ ...lane, top: y, bottom: y + o.bandHeight, labelY: y + o.bandHeight / 2 })
    }
    else {
      const laid = eventLane(lane, events.filter(ev => ev.e.lane === lane.id), y, f)
      lanes.push(laid.lane)
      laidEvents.push(...laid.events)
      crossings += laid.crossings
    }
    y = lanes.at(-1)!.bottom + o.laneGap
  }

  const laneById = new Map(lanes.map(l => [l.id, l]))
  const axisY = Math.max(0, y - o.laneGap) + 6
  const bands = data.bands.map(b => layBand(b, laneById.get(b.lane), f))
  // The key starts under the lane names when the chart is narrow, so it has the full width.
  const keyLeft = o.width < 880 ? 0 : o.marginLeft
  const key = keyItems(bands, laidEvents.filter(e => e.guide), keyLeft, o.fontSize * o.measureScale, o.width)
  const keyRows = Math.max(0, ...key.map(k => k.row ?? 0)) + 1
  const keyY = axisY + o.axisHeight + o.keyHeight / 2
  return {
    width: o.width,
    height: axisY + o.axisHeight + (key.length ? o.keyHeight * keyRows : 0),
    plotLeft: o.marginLeft,
    plotRight,
    axisY,
    lanes,
    events: laidEvents,
    bands,
    fontSize: o.fontSize,
    ticks: timeAxisTicks(start, end, f.x, o.minorMonths, o.fontSize),
    key,
    keyY,
    guideTop: lanes.find(l => l.kind === 'bands')?.top ?? 0,
    guideBottom: lanes.findLast(l => l.kind === 'bands')?.bottom ?? 0,
    crossings,
  }
}

export { bandRightAt } from './bands'
export { KEY_WORDS } from './key'
