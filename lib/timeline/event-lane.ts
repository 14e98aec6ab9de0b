/**
 * One event lane of a timeline: each event placed on the axis, its "date label" text measured,
 * and the labels stacked in tiers above the dots so that none collide. Pure.
 */
import type { Frame } from './frame'
import type { LaidEvent, TimelineEvent, TimelineLane } from './types'
import { parseIsoDate, printDate } from '../dates'
import { placeLabels } from '../labels'
import { estimateTextWidth } from '../text-width'
import { checkStep } from './frame'
import { labelBox, leaderSpan } from './leaders'

/** An event on the axis, with its label text and width. */
export interface Dated { e: TimelineEvent, x: number, width: number, text: string, dateLabel: string }

const DOT_ZONE = 12

/** Places an event on the axis; throws if it falls outside the axis or the build steps. */
export function dated(e: TimelineEvent, f: Frame): Dated {
  checkStep('event', e.id, e.step, f.steps)
  const at = parseIsoDate(e.date).at
  if (at < f.start || at > f.end)
    throw new TypeError(`timelineLayout: event "${e.id}" (${e.date}) is outside the axis ${f.domain}`)
  const dateLabel = e.dateText ?? printDate(e.date)
  const text = `${dateLabel} ${e.label}`
  return { e, x: f.x(at), text, dateLabel, width: estimateTextWidth(text, f.fontSize) * f.measureScale }
}

/** An event lane from `top` down: its labels' tiers, then the dots. */
export function eventLane(lane: TimelineLane, mine: Dated[], top: number, f: Frame) {
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
  const baseline = (tier: number) => dotY - DOT_ZONE / 2 - f.tierHeight / 2 - tier * f.tierHeight + f.fontSize * 0.35
  const events = mine.map((ev, i): LaidEvent => {
    const label = placed.labels[i]
    const textY = baseline(label.tier)
    return {
      ...ev.e,
      x: ev.x,
      dotY,
      tier: label.tier,
      anchor: label.anchor,
      textX: label.anchor === 'start' ? label.x0 : label.x1,
      textY,
      // From just above the dot to the top of its label's text.
      leader: leaderSpan(ev.x, dotY - 5, labelBox(label.x0, label.x1, textY, f.fontSize)),
      text: ev.text,
      dateLabel: ev.dateLabel,
    }
  })
  return { lane: { ...lane, top, bottom: top + height, labelY: dotY }, events, crossings: placed.crossings }
}
