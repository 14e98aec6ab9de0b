/** Percent changes. Pure: no Vue, no DOM. (Dates: lib/dates.ts.) */

/** (to − from) ÷ from × 100: −16.97 for 142.62 → 118.42. */
export function pctChange(from: number, to: number): number {
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new TypeError(`pctChange: expected finite numbers, got ${from} → ${to}`)
  if (from === 0)
    throw new TypeError('pctChange: cannot measure a change from 0')
  return ((to - from) / from) * 100
}
