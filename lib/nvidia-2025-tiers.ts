/**
 * The nvidia-2025 chart's mark labels, in tiers above the plot (lib/nvidia-2025-layout.ts). A
 * mark's rule runs from its label down through the tiers below, so a label may not span the rule
 * of a label in a tier above it, nor its own rule cross a label below. Where that cannot be done
 * (narrow widths) every rule stops at the plot's top (`long` false) and the labels, which begin
 * with the day, only keep clear of each other. Pure.
 */

export interface TierInput { row: number, at: number, width: number }
export interface TierPlaced { row: number, t: number, x0: number, x1: number, at: number }

export function placeTiers(labels: readonly TierInput[], width: number, gap: number): { placed: TierPlaced[], long: boolean } {
  const within = (v: number, x0: number, x1: number) => v >= x0 - gap / 2 && v <= x1 + gap / 2
  function place(short: boolean): TierPlaced[] | null {
    const placed: TierPlaced[] = []
    for (const { row, at, width: lw } of labels) {
      // Running from the rule away from the middle (toward the middle when that is clear), inside the width.
      const starts = (at < width / 2 ? [at + 10 - lw, at - 10] : [at - 10, at + 10 - lw]).map(x0 => Math.max(2, Math.min(x0, width - 2 - lw)))
      const free = (t: number, x0: number) => placed.every(p => (p.t === t
        ? x0 > p.x1 + gap || x0 + lw < p.x0 - gap
        : short || (p.t < t ? !within(p.at, x0, x0 + lw) : !within(at, p.x0, p.x1))))
      // The tiers used so far and one below, then a new one on top.
      const lo = Math.min(0, ...placed.map(p => p.t))
      const t = [...Array.from({ length: placed.length + 2 }, (_, k) => lo + k), lo - 1].find(t => starts.some(x0 => free(t, x0)))
      if (t === undefined)
        return null
      const x0 = starts.find(x0 => free(t, x0))!
      placed.push({ row, t, x0, x1: x0 + lw, at })
    }
    return placed
  }
  const long = place(false)
  const placed = long ?? place(true)!
  // Tier 0 is the top one.
  const first = Math.min(0, ...placed.map(p => p.t))
  return { placed: placed.map(p => ({ ...p, t: p.t - first })), long: !!long }
}
