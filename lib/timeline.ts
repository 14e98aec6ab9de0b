/**
 * Layout for a dated timeline: a UTC time axis, event lanes whose labels are stacked in tiers
 * so that no two labels (and no label and another event's leader line) collide, and rows of
 * period bands ("which chips could be sold when"). Pure: no Vue, no DOM.
 *
 * Everything is laid out once for the final step, so revealing an event never moves another.
 */
import { scaleUtc } from 'd3-scale'
import { utcMonth, utcYear } from 'd3-time'
import { utcFormat } from 'd3-time-format'
import { formatDate } from './format'
import { clampStep } from './steps'

// ── Dates ─────────────────────────────────────────────────────────────────────

export type DatePrecision = 'year' | 'month' | 'day'

export interface ParsedDate {
  iso: string
  precision: DatePrecision
  /** Where the date sits on the axis: the day itself, mid-month, or mid-year. */
  at: Date
  /** The first instant the date covers (used for the start of a period). */
  start: Date
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (UTC). Anything else is a TypeError naming the input. */
export function parseIsoDate(iso: string): ParsedDate {
  const m = typeof iso === 'string' ? ISO.exec(iso) : null
  if (!m)
    throw new TypeError(`parseIsoDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(iso)}`)
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 0 || month > 11))
    throw new TypeError(`parseIsoDate: month out of range in ${JSON.stringify(iso)}`)
  if (month === undefined)
    return { iso, precision: 'year', at: new Date(Date.UTC(year, 6, 1)), start: new Date(Date.UTC(year, 0, 1)) }
  if (day === undefined)
    return { iso, precision: 'month', at: new Date(Date.UTC(year, month, 15)), start: new Date(Date.UTC(year, month, 1)) }
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day)
    throw new TypeError(`parseIsoDate: no such day ${JSON.stringify(iso)}`)
  return { iso, precision: 'day', at: date, start: date }
}

/** "2025-01-20" → "Jan 20, 2025"; "2023-05" → "May 2023"; "2015" → "2015". */
export function timelineDate(iso: string): string {
  parseIsoDate(iso)
  return formatDate(iso)
}

const dayMonth = utcFormat('%b %-d')
const monthOnly = utcFormat('%b')

/** The date without its year, for charts whose axis already shows years: "Jan 20", "May"; a bare year stays. */
export function timelineShortDate(iso: string): string {
  const d = parseIsoDate(iso)
  return d.precision === 'day' ? dayMonth(d.start) : d.precision === 'month' ? monthOnly(d.start) : iso
}

// ── Text width ────────────────────────────────────────────────────────────────

const NARROW = new Set('iljtfrI.,:;’\'|!()[] 1'.split(''))
const WIDE = new Set('mwMW@%—'.split(''))

/**
 * A deliberately generous estimate of a label's rendered width in a proportional sans face
 * (IBM Plex Sans), so the layout can be computed without a DOM and still not collide.
 */
export function estimateTextWidth(text: string, fontSize = 16): number {
  if (!(fontSize > 0))
    throw new TypeError(`estimateTextWidth: fontSize must be positive, got ${fontSize}`)
  let em = 0
  for (const ch of text) {
    if (NARROW.has(ch))
      em += 0.3
    else if (WIDE.has(ch))
      em += 0.88
    else if (ch >= 'A' && ch <= 'Z')
      em += 0.66
    else if (ch >= '0' && ch <= '9')
      em += 0.58
    else
      em += 0.55
  }
  return em * fontSize
}

// ── Label placement ───────────────────────────────────────────────────────────

export type Anchor = 'start' | 'end'

export interface LabelInput {
  /** The event's x: the leader line rises from here. */
  x: number
  width: number
}

export interface PlacedLabel {
  tier: number
  anchor: Anchor
  /** The label's horizontal extent. */
  x0: number
  x1: number
}

export interface PlaceLabelsOptions {
  left: number
  right: number
  /** Space between the leader line and the text. */
  pad?: number
  /** Minimum space between two labels in one tier. */
  gap?: number
}

export interface PlaceLabelsResult {
  labels: PlacedLabel[]
  tiers: number
  /** Leader lines that pass through another label (0 when the layout is clean). */
  crossings: number
}

function extent(input: LabelInput, anchor: Anchor, pad: number): [number, number] {
  return anchor === 'start' ? [input.x + pad, input.x + pad + input.width] : [input.x - pad - input.width, input.x - pad]
}

function covers(x0: number, x1: number, x: number, margin: number): boolean {
  return x > x0 - margin && x < x1 + margin
}

const LEADER_MARGIN = 2

/**
 * Greedy tiers for fixed anchors, in the given order: each label takes the lowest tier where it
 * overlaps no label, its leader passes through no lower label, and it covers no higher leader.
 */
function stack(inputs: readonly LabelInput[], anchors: readonly Anchor[], order: readonly number[], o: Required<PlaceLabelsOptions>): PlaceLabelsResult {
  const placed: (PlacedLabel | undefined)[] = inputs.map(() => undefined)
  let crossings = 0
  for (const i of order) {
    const input = inputs[i]
    const [x0, x1] = extent(input, anchors[i], o.pad)
    const others = placed.flatMap((p, j) => (p ? [{ p, x: inputs[j].x }] : []))
    let fallback: PlacedLabel | undefined
    let choice: PlacedLabel | undefined
    for (let tier = 0; !choice; tier++) {
      if (others.some(q => q.p.tier === tier && x0 < q.p.x1 + o.gap && x1 > q.p.x0 - o.gap))
        continue
      const candidate = { tier, anchor: anchors[i], x0, x1 }
      fallback ??= candidate
      const crossesBelow = others.some(q => q.p.tier < tier && covers(q.p.x0, q.p.x1, input.x, LEADER_MARGIN))
      const coversAbove = others.some(q => q.p.tier > tier && covers(x0, x1, q.x, LEADER_MARGIN))
      if (!crossesBelow && !coversAbove)
        choice = candidate
      else if (tier > others.length)
        break
    }
    if (!choice)
      crossings++
    placed[i] = choice ?? fallback!
  }
  const labels = placed as PlacedLabel[]
  return { labels, tiers: labels.length ? Math.max(...labels.map(l => l.tier)) + 1 : 0, crossings }
}

/** A start-anchored label left of an end-anchored one, close enough that each covers the other's leader. */
function facing(inputs: readonly LabelInput[], anchors: readonly Anchor[], o: Required<PlaceLabelsOptions>): boolean {
  for (const [i, a] of inputs.entries()) {
    if (anchors[i] !== 'start')
      continue
    const [a0, a1] = extent(a, 'start', o.pad)
    for (const [j, b] of inputs.entries()) {
      if (anchors[j] !== 'end' || !(b.x > a.x))
        continue
      const [b0, b1] = extent(b, 'end', o.pad)
      if (covers(a0, a1, b.x, LEADER_MARGIN) || covers(b0, b1, a.x, LEADER_MARGIN))
        return true
    }
  }
  return false
}

/** Start-anchored labels right to left, then end-anchored ones left to right. */
function stackingOrder(inputs: readonly LabelInput[], anchors: readonly Anchor[]): number[] {
  const byX = inputs.map((_, i) => i).sort((a, b) => inputs[a].x - inputs[b].x || a - b)
  return [...byX.filter(i => anchors[i] === 'start').reverse(), ...byX.filter(i => anchors[i] === 'end')]
}

const MAX_SEARCH = 12

/**
 * Stacks labels into tiers above their events. Each label hangs right of its leader line
 * ("start") or left of it ("end"). Every anchor assignment that keeps labels in bounds and has
 * no facing pair is tried (there a clean stacking always exists); the one with the fewest tiers
 * wins, ties going to more start anchors. Past MAX_SEARCH labels, or when nothing is clean, a
 * greedy stacking is returned with its crossings counted.
 */
export function placeLabels(inputs: readonly LabelInput[], options: PlaceLabelsOptions): PlaceLabelsResult {
  const o = { pad: 5, gap: 10, ...options }
  for (const [i, input] of inputs.entries()) {
    if (!Number.isFinite(input.x) || !Number.isFinite(input.width) || input.width < 0)
      throw new TypeError(`placeLabels: label ${i} has a bad x (${input.x}) or width (${input.width})`)
  }
  if (!(o.right > o.left))
    throw new TypeError(`placeLabels: empty range ${o.left}–${o.right}`)
  const inBounds = (input: LabelInput, a: Anchor) => {
    const [x0, x1] = extent(input, a, o.pad)
    return x0 >= o.left && x1 <= o.right
  }
  // The anchor each label would take alone: start where it fits, else end.
  const preferred: Anchor[] = inputs.map(input => (inBounds(input, 'start') || !inBounds(input, 'end') ? 'start' : 'end'))
  let best: PlaceLabelsResult | undefined
  let bestStarts = -1
  if (inputs.length <= MAX_SEARCH) {
    for (let mask = 0; mask < 2 ** inputs.length; mask++) {
      // Bit i flips label i away from its preferred anchor; mask 0 is the preferred assignment.
      const anchors = preferred.map((a, i): Anchor => ((mask >> i) & 1 ? (a === 'start' ? 'end' : 'start') : a))
      if (anchors.some((a, i) => !inBounds(inputs[i], a) && a !== preferred[i]) || facing(inputs, anchors, o))
        continue
      const result = stack(inputs, anchors, stackingOrder(inputs, anchors), o)
      const starts = anchors.filter(a => a === 'start').length
      if (result.crossings === 0 && (!best || result.tiers < best.tiers || (result.tiers === best.tiers && starts > bestStarts))) {
        best = result
        bestStarts = starts
      }
    }
  }
  return best ?? stack(inputs, preferred, stackingOrder(inputs, preferred), o)
}

// ── Timeline ──────────────────────────────────────────────────────────────────

export interface TimelineLane {
  id: string
  label: string
  /** Event lanes hold dots with stacked labels; band lanes hold one row of periods. */
  kind: 'events' | 'bands'
}

export interface TimelineEvent {
  id: string
  lane: string
  date: string
  /** Short words after the date, e.g. "R1 released". */
  label: string
  /** Longer words for the data table (defaults to the label). */
  detail?: string
  /** Build step that reveals it. */
  step: number
  /** Date text on the chart; defaults to the full date ("Jan 20, 2025"). */
  dateText?: string
  /** Draw a faint vertical guide through every lane (a date the other lanes should be read against). */
  guide?: boolean
  factId?: string
}

/** allowed: could be sold legally; licence: a licence was required (in practice, banned); promised: licences promised. */
export type BandStatus = 'allowed' | 'licence' | 'promised'

export interface TimelineBand {
  id: string
  lane: string
  /** null: the period began before the axis starts. */
  start: string | null
  /** null: still running when the axis ends. */
  end: string | null
  status: BandStatus
  label: string
  /** Longer words for the data table (defaults to the status in words). */
  detail?: string
  step: number
  /** Until this step the band runs on to the axis end: its end is not yet part of the story. */
  endStep?: number
  factIds?: string[]
}

export interface TimelineData {
  /** First and last day on the axis, 'YYYY-MM-DD'. */
  domain: [string, string]
  lanes: TimelineLane[]
  events: TimelineEvent[]
  bands: TimelineBand[]
  steps: number
}

export interface TimelineOptions {
  width: number
  marginLeft: number
  marginRight?: number
  fontSize?: number
  tierHeight?: number
  bandHeight?: number
  laneGap?: number
  axisHeight?: number
  /** Months between minor (unlabelled-year) ticks; 0 for year ticks only. */
  minorMonths?: number
}

export interface LaidLane extends TimelineLane {
  top: number
  bottom: number
  /** Vertical centre of the lane's name in the left margin. */
  labelY: number
}

export interface LaidEvent extends TimelineEvent {
  x: number
  dotY: number
  tier: number
  anchor: Anchor
  /** Where the text starts (anchor start) or ends (anchor end), and its baseline. */
  textX: number
  textY: number
  /** Top of the leader line. */
  leaderTop: number
  text: string
  dateLabel: string
}

export interface LaidBand extends TimelineBand {
  x0: number
  /** Final right edge, and the right edge while the end is not yet revealed. */
  x1: number
  openX1: number
  y: number
  height: number
  openLeft: boolean
  openRight: boolean
  /** The label fits inside the band at its final width. */
  labelFits: boolean
}

export interface AxisTick {
  x: number
  label: string
  major: boolean
}

export interface TimelineLayout {
  width: number
  height: number
  plotLeft: number
  plotRight: number
  axisY: number
  lanes: LaidLane[]
  events: LaidEvent[]
  bands: LaidBand[]
  ticks: AxisTick[]
  /** Guide lines run through the band rows only (0 and 0 without band rows). */
  guideTop: number
  guideBottom: number
  crossings: number
}

function checkStep(kind: string, id: string, step: number, steps: number) {
  if (!Number.isInteger(step) || step < 0 || step >= steps)
    throw new TypeError(`timelineLayout: ${kind} "${id}" has step ${step}, outside 0–${steps - 1}`)
}

function axisTicks(start: Date, end: Date, x: (d: Date) => number, minorMonths: number, fontSize: number): AxisTick[] {
  const years = utcYear.range(utcYear.ceil(start), new Date(end.getTime() + 1))
  // Label every year if there is room, otherwise every 2nd or 5th.
  const room = years.length > 1 ? x(years[1]) - x(years[0]) : Infinity
  const every = [1, 2, 5, 10].find(n => room * n >= estimateTextWidth('2000', fontSize) + 14) ?? 10
  const majors = years.filter(d => d.getUTCFullYear() % every === 0)
    .map(d => ({ x: x(d), label: String(d.getUTCFullYear()), major: true }))
  if (!minorMonths)
    return majors
  const month = utcFormat('%b')
  const minors = utcMonth.every(minorMonths)!.range(start, new Date(end.getTime() + 1))
    .filter(d => d.getUTCMonth() !== 0)
    .map(d => ({ x: x(d), label: month(d), major: false }))
  return [...majors, ...minors].sort((a, b) => a.x - b.x)
}

/**
 * Lays out lanes top to bottom in the order given, then the date axis. Label tiers are chosen
 * per event lane from all its events, so the layout is the same at every step.
 */
export function timelineLayout(data: TimelineData, o: TimelineOptions): TimelineLayout {
  const {
    width,
    marginLeft,
    marginRight = 16,
    fontSize = 16,
    tierHeight = 22,
    bandHeight = 26,
    laneGap = 8,
    axisHeight = 26,
    minorMonths = 0,
  } = o
  if (!(width > marginLeft + marginRight))
    throw new TypeError(`timelineLayout: plot area is empty (width ${width}, margins ${marginLeft} + ${marginRight})`)
  if (!Number.isInteger(data.steps) || data.steps < 1)
    throw new TypeError(`timelineLayout: steps must be a positive integer, got ${data.steps}`)
  const start = parseIsoDate(data.domain[0]).start
  const end = parseIsoDate(data.domain[1]).start
  if (!(end > start))
    throw new TypeError(`timelineLayout: domain ${data.domain[0]} – ${data.domain[1]} is empty or reversed`)
  const plotLeft = marginLeft
  const plotRight = width - marginRight
  const scale = scaleUtc().domain([start, end]).range([plotLeft, plotRight])
  const x = (d: Date) => scale(d)
  const laneIds = new Set(data.lanes.map(l => l.id))

  const events = data.events.map((e) => {
    if (!laneIds.has(e.lane))
      throw new TypeError(`timelineLayout: event "${e.id}" is in unknown lane "${e.lane}"`)
    checkStep('event', e.id, e.step, data.steps)
    const at = parseIsoDate(e.date).at
    if (at < start || at > end)
      throw new TypeError(`timelineLayout: event "${e.id}" (${e.date}) is outside the axis ${data.domain.join(' – ')}`)
    const dateLabel = e.dateText ?? timelineDate(e.date)
    const text = `${dateLabel} ${e.label}`
    return { e, x: x(at), text, dateLabel, width: estimateTextWidth(text, fontSize) }
  })

  const lanes: LaidLane[] = []
  const laidEvents: LaidEvent[] = []
  let crossings = 0
  let y = 0
  for (const lane of data.lanes) {
    if (lane.kind === 'bands') {
      lanes.push({ ...lane, top: y, bottom: y + bandHeight, labelY: y + bandHeight / 2 })
      y += bandHeight + laneGap
      continue
    }
    const mine = events.filter(ev => ev.e.lane === lane.id)
    const placed = placeLabels(mine, { left: plotLeft, right: width })
    crossings += placed.crossings
    const tiers = Math.max(1, placed.tiers)
    const dotZone = 12
    const height = tiers * tierHeight + dotZone
    const dotY = y + height - dotZone / 2
    for (const [i, ev] of mine.entries()) {
      const label = placed.labels[i]
      const centre = dotY - dotZone / 2 - tierHeight / 2 - label.tier * tierHeight
      laidEvents.push({
        ...ev.e,
        x: ev.x,
        dotY,
        tier: label.tier,
        anchor: label.anchor,
        textX: label.anchor === 'start' ? label.x0 : label.x1,
        textY: centre + fontSize * 0.35,
        leaderTop: centre - fontSize * 0.45,
        text: ev.text,
        dateLabel: ev.dateLabel,
      })
    }
    lanes.push({ ...lane, top: y, bottom: y + height, labelY: dotY })
    y += height + laneGap
  }

  const laneById = new Map(lanes.map(l => [l.id, l]))
  const bands: LaidBand[] = data.bands.map((b) => {
    const lane = laneById.get(b.lane)
    if (!lane || lane.kind !== 'bands')
      throw new TypeError(`timelineLayout: band "${b.id}" needs a band lane, got "${b.lane}"`)
    checkStep('band', b.id, b.step, data.steps)
    if (b.endStep !== undefined && (!Number.isInteger(b.endStep) || b.endStep <= b.step || b.endStep >= data.steps))
      throw new TypeError(`timelineLayout: band "${b.id}" has endStep ${b.endStep}, which must follow its step ${b.step} and be < ${data.steps}`)
    const from = b.start === null ? start : parseIsoDate(b.start).start
    const to = b.end === null ? end : parseIsoDate(b.end).start
    if (to < from)
      throw new TypeError(`timelineLayout: band "${b.id}" ends (${b.end}) before it starts (${b.start})`)
    const x0 = x(from < start ? start : from)
    const x1 = x(to > end ? end : to)
    return {
      ...b,
      x0,
      x1,
      openX1: b.endStep === undefined ? x1 : plotRight,
      y: lane.top,
      height: bandHeight,
      openLeft: from <= start,
      openRight: to >= end,
      labelFits: estimateTextWidth(b.label, fontSize) + 12 <= x1 - x0,
    }
  })

  const axisY = Math.max(0, y - laneGap) + 6
  return {
    width,
    height: axisY + axisHeight,
    plotLeft,
    plotRight,
    axisY,
    lanes,
    events: laidEvents,
    bands,
    ticks: axisTicks(start, end, x, minorMonths, fontSize),
    guideTop: lanes.find(l => l.kind === 'bands')?.top ?? 0,
    guideBottom: lanes.findLast(l => l.kind === 'bands')?.bottom ?? 0,
    crossings,
  }
}

// ── Steps ─────────────────────────────────────────────────────────────────────

/** Is an item with this reveal step shown at a (clamped) build step? */
export function shownAt(itemStep: number, step: number, steps: number): boolean {
  return itemStep <= clampStep(step, steps)
}

/** A band's right edge at a build step: open to the axis end until its endStep. */
export function bandRightAt(band: LaidBand, step: number, steps: number): number {
  return band.endStep !== undefined && clampStep(step, steps) < band.endStep ? band.openX1 : band.x1
}

/** How many marks (events and bands) are shown at a build step. */
export function timelineMarksAt(data: TimelineData, step: number): number {
  const s = clampStep(step, data.steps)
  return data.events.filter(e => e.step <= s).length + data.bands.filter(b => b.step <= s).length
}

// ── Table rows ────────────────────────────────────────────────────────────────

export interface TimelineRow {
  /** ISO start date ('' when the period began before the axis). */
  date: string
  /** ISO end date for periods ('' for events and open periods). */
  until: string
  lane: string
  what: string
  step: number
}

const STATUS_WORDS: Record<BandStatus, string> = {
  allowed: 'could be sold to China',
  licence: 'licence required (in practice, banned)',
  promised: 'licences promised',
}

/** The timeline as table rows, in date order: what the chart's Table view and CSV show. */
export function timelineRows(data: TimelineData): TimelineRow[] {
  const laneLabel = new Map(data.lanes.map(l => [l.id, l.label]))
  const rows: (TimelineRow & { sort: number })[] = [
    ...data.events.map(e => ({
      date: e.date,
      until: '',
      lane: laneLabel.get(e.lane) ?? e.lane,
      what: e.detail ?? e.label,
      step: e.step,
      sort: parseIsoDate(e.date).start.getTime(),
    })),
    ...data.bands.map(b => ({
      date: b.start ?? '',
      until: b.end ?? '',
      lane: laneLabel.get(b.lane) ?? b.lane,
      what: b.detail ?? STATUS_WORDS[b.status],
      step: b.step,
      sort: b.start === null ? -Infinity : parseIsoDate(b.start).start.getTime(),
    })),
  ]
  return rows.sort((a, b) => a.sort - b.sort).map(({ sort: _sort, ...row }) => row)
}
