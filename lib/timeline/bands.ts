/** The period bands of a timeline ("which chips could be sold when"), laid out on their lane. Pure. */
import type { Frame } from './frame'
import type { LaidBand, LaidLane, TimelineBand } from './types'
import { parseIsoDate } from '../dates'
import { estimateTextWidth } from '../text-width'
import { checkStep } from './frame'

/** A band on its lane: its ends on the axis, open ends marked, and whether its label fits inside. */
export function layBand(b: TimelineBand, lane: LaidLane | undefined, f: Frame): LaidBand {
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

/** A band's right edge at a build step: open to the axis end until its endStep. */
export function bandRightAt(band: LaidBand, step: number): number {
  return band.endStep !== undefined && step < band.endStep ? band.openX1 : band.x1
}
