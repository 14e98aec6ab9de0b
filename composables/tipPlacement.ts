/**
 * Moves a word's tooltip (its `[role="tooltip"]` child) so it stays inside the slide canvas
 * (`.slidev-page`; the viewport where there is none, e.g. the reading view): the geometry is
 * lib/tip-place.ts, this measures the DOM and writes the offsets. Slidev scales the canvas with a
 * transform, so screen px are divided by that scale to get the tip's own CSS px.
 */
import { placeTip } from '../lib/tip-place'

const GAP = 6
const MARGIN = 8

export function placeTipInSlide(root: HTMLElement): void {
  const tip = root.querySelector<HTMLElement>('[role="tooltip"]')
  if (!tip || typeof window === 'undefined')
    return
  // The tip is positioned from the word's first line box.
  const anchor = root.getClientRects()[0] ?? root.getBoundingClientRect()
  const canvas = root.closest<HTMLElement>('.slidev-page')
  const bounds = canvas?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight }
  const scale = canvas && canvas.offsetWidth > 0 ? bounds.width / canvas.offsetWidth : 1
  if (!(scale > 0) || bounds.width === 0)
    return
  const size = tip.getBoundingClientRect()
  const p = placeTip(anchor, size, bounds, GAP * scale, MARGIN * scale)
  tip.style.left = `${(p.left - anchor.left) / scale}px`
  tip.style.top = `${(p.top - anchor.top) / scale}px`
  tip.dataset.side = p.side
}
