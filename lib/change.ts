/** Percent changes and calendar days. Pure: no Vue, no DOM. */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** (to − from) ÷ from × 100: −16.97 for 142.62 → 118.42. */
export function pctChange(from: number, to: number): number {
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new TypeError(`pctChange: expected finite numbers, got ${from} → ${to}`)
  if (from === 0)
    throw new TypeError('pctChange: cannot measure a change from 0')
  return ((to - from) / from) * 100
}

/** Parses "YYYY-MM-DD" as a UTC date; anything else is a TypeError naming the input. */
export function parseDay(iso: string): Date {
  const date = ISO_DAY.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime()))
    throw new TypeError(`parseDay: expected a YYYY-MM-DD date, got "${iso}"`)
  return date
}
