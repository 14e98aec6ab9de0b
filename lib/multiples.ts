/**
 * Edges of whole copies of `unit` laid end to end inside `total`: [unit, 2·unit, …]. Used to draw
 * "this bar holds about 11 of that one" (the GPU-hours chart). Pure.
 */
export function multiplesWithin(unit: number, total: number): number[] {
  if (!Number.isFinite(unit) || unit <= 0)
    throw new TypeError(`multiplesWithin: unit must be a positive number, got ${unit}`)
  if (!Number.isFinite(total) || total < 0)
    throw new TypeError(`multiplesWithin: total must be a finite number ≥ 0, got ${total}`)
  const out: number[] = []
  for (let k = 1; k * unit <= total * (1 + 1e-12); k++)
    out.push(k * unit)
  return out
}
