/**
 * Lays out a dated timeline: a UTC time axis, event lanes whose labels are stacked in tiers so
 * that no two labels (and no label and another event's leader line) collide, and rows of period
 * bands ("which chips could be sold when"). Pure: no Vue, no DOM.
 *
 * Everything is laid out once for the final step, so revealing an event never moves another.
 */
import type { LaidBand, LaidEvent, LaidLane, TimelineBand, TimelineData, TimelineEvent, TimelineLane, TimelineLayout, TimelineOptions } from './types'
import { scaleUtc } from 'd3-scale'
import { parseIsoDate, printDate } from '../dates'
import { placeLabels } from '../labels'
import { assertPlotArea } from '../plot-box'
import { estimateTextWidth } from '../text-width'
import { timeAxisTicks } from './axis'
import { keyItems } from './key'

/** What every lane needs: the axis, the plot bounds and the sizes, options resolved. */
interface Frame extends Required<TimelineOptions> {
  start: Date
  end: Date
  x: (d: Date) => number
  plotRight: number
  steps: number
  domain: string
}

interface Dated { e: TimelineEvent, x: number, width: number, text: string, dateLabel: string }

const DOT_ZONE = 12

function checkStep(kind: string, id: string, step: number, steps: number) {
  if (!Number.isInteger(step) || step < 0 || step >= steps)
    throw new TypeError(`timelineLayout: ${kind} "${id}" has step ${step}, outside 0–${steps - 1}`)
}

function dated(e: TimelineEvent, f: Frame): Dated {
  checkStep('event', e.id, e.step, f.steps)
  const at = parseIsoDate(e.date).at
  if (at < f.start || at > f.end)
    throw new TypeError(`timelineLayout: event "${e.id}" (${e.date}) is outside the axis ${f.domain}`)
  const dateLabel = e.dateText ?? printDate(e.date)
  const text = `${dateLabel} ${e.label}`
  return { e, x: f.x(at), text, dateLabel, width: estimateTextWidth(text, f.fontSize) * f.measureScale }
}

/** An event lane from `top` down: its labels' tiers, then the dots. */
function eventLane(lane: TimelineLane, mine: Dated[], top: number, f: Frame) {
  // A label too long for either side of its event (a narrow chart) is placed as if its event
  // sat where the label just fits, flush with the right edge; its leader stays at the event.
  const PAD = 5
  // Narrow, labels may run over the lane-name column: they sit in tiers above the lane's name.
  const left = f.width < 880 ? 0 : f.marginLeft
  const fits = (d: Dated) => d.x + PAD + d.width <= f.width || d.x - PAD - d.width >= left
  const inputs = mine.map(d => (fits(d) ? d : { ...d, x: Math.max(left, f.width - PAD - d.width - 1) }))
  const placed = placeLabels(inputs, { left, right: f.width, pad: PAD })
  const height = Math.max(1, placed.tiers) * f.tierHeight + DOT_ZONE
  const dotY = top + height - DOT_ZONE / 2
  const events = mine.map((ev, i): LaidEvent => {
    const label = placed.labels[i]
    const centre = dotY - DOT_ZONE / 2 - f.tierHeight / 2 - label.tier * f.tierHeight
    return {
      ...ev.e,
      x: ev.x,
      dotY,
      tier: label.tier,
      anchor: label.anchor,
      textX: label.anchor === 'start' ? label.x0 : label.x1,
      textY: centre + f.fontSize * 0.35,
      leaderTop: centre - f.fontSize * 0.45,
      text: ev.text,
      dateLabel: ev.dateLabel,
    }
  })
  return { lane: { ...lane, top, bottom: top + height, labelY: dotY }, events, crossings: placed.crossings }
}

function band(b: TimelineBand, lane: LaidLane | undefined, f: Frame): LaidBand {
  if (!lane || lane.kind !== 'bands')
    throw new TypeError(`timelineLayout: band "${b.id}" needs a band lane, got "${b.lane}"`)
  checkStep('band', b.id, b.step, f.steps)
  if (b.endStep !== undefined && (!Number.isInteger(b.endStep) || b.endStep <= b.step || b.endStep >= f.steps))
    throw new TypeError(`timelineLayout: band "${b.id}" has endStep ${b.endStep}, which must follow its step ${b.step} and be < ${f.steps}`)
  const from = b.start === null ? f.start : parseIsoDate(b.start).start
  const to = b.end === null ? f.end : parseIsoDate(b.end).start
  if (to < from)
    throw new TypeError(`timelineLayout: band "${b.id}" ends (${b.end}) before it starts (${b.start})`)
  const x0 = f.x(from < f.start ? f.start : from)
  const x1 = f.x(to > f.end ? f.end : to)
  const room = x1 - x0
  return {
    ...b,
    x0,
    x1,
    openX1: b.endStep === undefined ? x1 : f.plotRight,
    y: lane.top,
    height: f.bandHeight,
    openLeft: from <= f.start,
    openRight: to >= f.end,
    labelFits: estimateTextWidth(b.label, f.fontSize) * f.measureScale + 12 <= room,
  }
}

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
  const bands = data.bands.map(b => band(b, laneById.get(b.lane), f))
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

/** A band's right edge at a build step: open to the axis end until its endStep. */
export function bandRightAt(band: LaidBand, step: number): number {
  return band.endStep !== undefined && step < band.endStep ? band.openX1 : band.x1
}

export { KEY_WORDS } from './key'
