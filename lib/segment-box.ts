/** An axis-aligned box in viewBox units (a label's extent). */
export interface Box { x0: number, x1: number, y0: number, y1: number }

/**
 * Whether the straight segment from (ax, ay) to (bx, by) passes through the box: clips the
 * segment's parameter range against each pair of sides (Liang–Barsky). Used to keep a value
 * label off the line it annotates.
 */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0
  let t1 = 1
  const dx = bx - ax
  const dy = by - ay
  const sides: [number, number][] = [[-dx, ax - box.x0], [dx, box.x1 - ax], [-dy, ay - box.y0], [dy, box.y1 - ay]]
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 > t1)
      return false
  }
  return true
}
