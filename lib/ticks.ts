/**
 * The one family of tick-label formats the charts use. Pure: no Vue, no DOM. Each kind prints a
 * value the way the deck prints the same kind of number in its text (lib/format.ts).
 */
import { format } from 'd3-format'
import { utcFormat } from 'd3-time-format'
import { formatValue } from './format'

export type TickKind
  = | 'count' // 1,360
    | 'si' // 2.8M (GPU-hours)
    | 'usd-compact' // $100K, $5.6M, $1.2B
    | 'usd-price' // $118.42, and $120 for a whole-dollar tick
    | 'percent-signed' // −17%, +9%, 0%
    | 'year' // 2023
    | 'month' // Jan (years on their own ticks)
    | 'month-year' // Jan 2025
    | 'day' // Jan 27
    | 'weekday' // Mon Jan 27
    | 'day-of-week' // Mon (under a day tick)
    | 'rank' // #14 (1 = top)

const comma = format(',')
const si = format('~s')
const cents = format('$.2f')
const year = utcFormat('%Y')
const month = utcFormat('%b')
const monthYear = utcFormat('%b %Y')
const day = utcFormat('%b %-d')
const weekday = utcFormat('%a %b %-d')
const dayOfWeek = utcFormat('%a')

/** Axis labels for dollar ticks: $0, $100K, $5M, $1B. */
export function compactUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0)
    throw new TypeError(`compactUsd: expected a finite number ≥ 0, got ${value}`)
  if (value === 0)
    return '$0'
  const [div, suffix] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : value >= 1e3 ? [1e3, 'K'] : [1, '']
  return `$${Number((value / div).toPrecision(3))}${suffix}`
}

/** "−17%", "+9%", "0%": the registry's own percent style, so ticks match the slide text. */
function signedPercent(value: number): string {
  return formatValue(value, { style: 'percent', signed: true })
}

/** Formats a tick value (a number, or a Date for the date kinds). */
export function tickLabel(kind: TickKind, value: number | Date): string {
  if (value instanceof Date) {
    if (kind === 'year')
      return year(value)
    if (kind === 'month')
      return month(value)
    if (kind === 'month-year')
      return monthYear(value)
    if (kind === 'day')
      return day(value)
    if (kind === 'weekday')
      return weekday(value)
    if (kind === 'day-of-week')
      return dayOfWeek(value)
    throw new TypeError(`tickLabel: ${kind} takes a number, got a date`)
  }
  if (!Number.isFinite(value))
    throw new TypeError(`tickLabel: expected a finite number, got ${value}`)
  switch (kind) {
    case 'count': return comma(value)
    case 'si': return si(value)
    case 'usd-compact': return compactUsd(value)
    case 'usd-price': return cents(value).replace(/\.00$/, '')
    case 'percent-signed': return signedPercent(value)
    case 'rank': return `#${value}`
    default: throw new TypeError(`tickLabel: ${kind} takes a date, got a number`)
  }
}
