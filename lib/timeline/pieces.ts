/**
 * A broken time axis: the domain cut into pieces, each with its own share of the width and its
 * own linear scale, with a gap between pieces. Pure: no Vue, no DOM.
 */
import type { AxisTick } from './axis'
import type { LaidPiece, TimelineData } from './types'
import { scaleUtc } from 'd3-scale'
import { parseIsoDate } from '../dates'
import { timeAxisTicks } from './axis'

/** One piece of the axis with its own linear scale. */
export interface Piece extends LaidPiece {
  start: Date
  end: Date
  minorMonths: number
  x: (d: Date) => number
}

/**
 * The axis as pieces: the whole domain when it is not broken, else one piece per segment, each
 * with its share of the width and a gap of `breakGap` between two pieces.
 */
export function axisPieces(data: TimelineData, o: { marginLeft: number, breakGap: number, minorMonths: number }, plotRight: number): Piece[] {
  const segments = data.segments ?? [{ from: data.domain[0], to: data.domain[1], share: 1 }]
  if (segments.length === 0)
    throw new TypeError('timelineLayout: segments, when given, need at least one piece')
  segments.forEach((s, i) => {
    const where = `segment ${i} (${s.from} – ${s.to})`
    if (i === 0 && s.from !== data.domain[0])
      throw new TypeError(`timelineLayout: ${where} must start where the domain does (${data.domain[0]})`)
    if (i === segments.length - 1 && s.to !== data.domain[1])
      throw new TypeError(`timelineLayout: ${where} must end where the domain does (${data.domain[1]})`)
    if (i > 0 && s.from !== segments[i - 1].to)
      throw new TypeError(`timelineLayout: ${where} must start where the previous one ends (${segments[i - 1].to})`)
    if (!(parseIsoDate(s.to).start > parseIsoDate(s.from).start))
      throw new TypeError(`timelineLayout: ${where} is empty or reversed`)
    if (!(Number.isFinite(s.share) && s.share > 0))
      throw new TypeError(`timelineLayout: ${where} needs a positive share, got ${s.share}`)
  })
  const usable = plotRight - o.marginLeft - (segments.length - 1) * o.breakGap
  if (!(usable > 0))
    throw new TypeError(`timelineLayout: no room for ${segments.length} pieces and their gaps`)
  const total = segments.reduce((sum, s) => sum + s.share, 0)
  let x0 = o.marginLeft
  return segments.map((s) => {
    const width = (usable * s.share) / total
    const start = parseIsoDate(s.from).start
    const end = parseIsoDate(s.to).start
    const scale = scaleUtc().domain([start, end]).range([x0, x0 + width])
    const piece: Piece = { from: s.from, to: s.to, x0, x1: x0 + width, start, end, minorMonths: s.minorMonths ?? o.minorMonths, x: d => scale(d) }
    x0 += width + o.breakGap
    return piece
  })
}

/** x of a date on the pieced axis: a date on a boundary belongs to the later piece. */
export function piecedX(pieces: readonly Piece[]): (d: Date) => number {
  return d => (pieces.find((p, i) => d < p.end || i === pieces.length - 1) ?? pieces[0]).x(d)
}

/** Each piece's own ticks; a piece's end is the next piece's start, so only the last keeps its end tick. */
export function piecedTicks(pieces: readonly Piece[], fontSize: number): AxisTick[] {
  return pieces.flatMap((p, i) => timeAxisTicks(p.start, p.end, p.x, p.minorMonths, fontSize)
    .filter(t => i === pieces.length - 1 || t.x < p.x1 - 0.5))
}

/**
 * The parts of a span [x0, x1] that lie on the axis pieces: one part on an unbroken axis, one
 * per piece it crosses on a broken one, so the gaps stay empty.
 */
export function spanOnPieces(x0: number, x1: number, pieces: readonly LaidPiece[]): { x0: number, x1: number }[] {
  return pieces
    .map(p => ({ x0: Math.max(x0, p.x0), x1: Math.min(x1, p.x1) }))
    .filter(part => part.x1 > part.x0)
}
