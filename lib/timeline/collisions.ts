/**
 * What a reader would call a collision on a laid-out timeline: two event labels whose boxes
 * overlap, a leader line running up into its own label, or two dots in one lane that touch.
 * Pure; the chart tests run it at every width.
 */
import type { LabelBox } from './leaders'
import type { TimelineLayout } from './types'
import { estimateTextWidth } from '../text-width'
import { labelBox } from './leaders'

/** Dot radius as drawn (TimelineChart.vue), and the room kept between two dots. */
export const DOT_RADIUS = 4.5
const DOT_ROOM = 1

interface Box extends LabelBox { id: string }

/** Each event label's box in viewBox units, from its anchor, baseline and estimated width. */
export function labelBoxes(layout: TimelineLayout): Box[] {
  return layout.events.map((e) => {
    const w = estimateTextWidth(e.text, layout.fontSize)
    const x0 = e.anchor === 'start' ? e.textX : e.anchor === 'end' ? e.textX - w : e.textX - w / 2
    return { id: e.id, ...labelBox(x0, x0 + w, e.textY, layout.fontSize) }
  })
}

/** Pairs of labels that overlap, leaders into their labels, same-lane dots that touch: all empty when clean. */
export function collisions(layout: TimelineLayout): { labels: string[], leaders: string[], dots: string[], outside: string[] } {
  const boxes = labelBoxes(layout)
  const labels: string[] = []
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
      labels.push(`${a.id} × ${b.id}`)
  }))
  const dots: string[] = []
  layout.events.forEach((a, i) => layout.events.slice(i + 1).forEach((b) => {
    if (a.lane === b.lane && Math.abs(a.x - b.x) < 2 * DOT_RADIUS + DOT_ROOM)
      dots.push(`${a.id} × ${b.id}`)
  }))
  // A leader passing behind another label is counted by the layout (crossings, 0 on a slide).
  const leaders = layout.events.filter((e, i) => {
    const b = boxes[i]
    return e.x > b.x0 && e.x < b.x1 && e.leader.top < b.y1 && e.leader.bottom > b.y0
  }).map(e => `${e.id} leader into its own label`)
  const outside = boxes.filter(b => b.x0 < -0.5 || b.x1 > layout.width + 0.5).map(b => b.id)
  return { labels, leaders, dots, outside }
}
