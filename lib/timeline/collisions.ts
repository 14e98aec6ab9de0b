/**
 * What a reader would call a collision on a laid-out timeline: two event labels whose boxes
 * overlap, or two dots in one lane that touch. Pure; the chart tests run it at every width.
 */
import type { TimelineLayout } from './types'
import { estimateTextWidth } from '../text-width'

/** Dot radius as drawn (TimelineChart.vue), and the room kept between two dots. */
export const DOT_RADIUS = 4.5
const DOT_ROOM = 1

interface Box { id: string, x0: number, x1: number, y0: number, y1: number }

/** Each event label's box in viewBox units, from its anchor, baseline and estimated width. */
export function labelBoxes(layout: TimelineLayout): Box[] {
  return layout.events.map((e) => {
    const w = estimateTextWidth(e.text, layout.fontSize)
    const x0 = e.anchor === 'start' ? e.textX : e.anchor === 'end' ? e.textX - w : e.textX - w / 2
    return { id: e.id, x0, x1: x0 + w, y0: e.textY - layout.fontSize * 0.8, y1: e.textY + layout.fontSize * 0.25 }
  })
}

/** Pairs of labels that overlap, and pairs of same-lane dots that touch: both empty when clean. */
export function collisions(layout: TimelineLayout): { labels: string[], dots: string[], outside: string[] } {
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
  const outside = boxes.filter(b => b.x0 < -0.5 || b.x1 > layout.width + 0.5).map(b => b.id)
  return { labels, dots, outside }
}
