/**
 * Where a tooltip goes so it stays inside the slide: below its word when it fits, above when only
 * that fits (or fits better), and shifted left or right to keep within the bounds. All boxes in
 * one coordinate space (screen px); the caller converts back. Pure: no DOM.
 */

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

export interface TipPlacement {
  /** The tip's top-left corner. */
  left: number
  top: number
  side: 'below' | 'above'
}

/**
 * `anchor` is the word, `tip` only needs its size, `bounds` is the slide canvas; `gap` separates
 * tip and word, `margin` keeps the tip off the canvas edge.
 */
export function placeTip(anchor: Box, tip: { width: number, height: number }, bounds: Box, gap = 6, margin = 8): TipPlacement {
  const room = {
    below: bounds.top + bounds.height - margin - (anchor.top + anchor.height + gap),
    above: anchor.top - gap - (bounds.top + margin),
  }
  const side = room.below >= tip.height || room.below >= room.above ? 'below' : 'above'
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - tip.height
  const minLeft = bounds.left + margin
  const maxLeft = bounds.left + bounds.width - margin - tip.width
  // Start under the word; shift left to fit, but never past the canvas's left edge.
  const left = Math.max(minLeft, Math.min(anchor.left, maxLeft))
  return { left, top, side }
}
