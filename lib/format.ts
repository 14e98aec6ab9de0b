/** Prints registry values. Pure: no Vue, no DOM. */
import type { FactFormat, FactValue } from '../data/types'
import { format as d3format } from 'd3-format'
import { formatDate } from './dates'

const SCALE = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 } as const

function trimmedNumber(value: number, digits?: number): string {
  if (digits !== undefined)
    return d3format(`,.${digits}~f`)(value)
  // Up to three decimals, trailing zeros dropped.
  return d3format(',.3~f')(value)
}

interface NumberParts { sign: string, prefix: string, body: string, suffix: string }

function numberParts(value: number, f: FactFormat): NumberParts {
  const scaled = f.scale ? value / SCALE[f.scale] : value
  return {
    sign: value < 0 ? '−' : f.signed && value > 0 ? '+' : '',
    prefix: f.style === 'usd' ? '$' : f.style === 'cny' ? 'RMB ' : '',
    body: trimmedNumber(Math.abs(scaled), f.digits),
    suffix: `${f.scale ?? ''}${f.style === 'percent' ? '%' : f.style === 'multiple' ? '×' : ''}`,
  }
}

// Dates are parsed and printed in lib/dates.ts, the one date parser; re-exported for callers here.
export { formatDate }

/** Formats a registry value: numbers and ranges ("$589–593B"), dates, or text. */
export function formatValue(value: FactValue, f: FactFormat): string {
  if (typeof value === 'string')
    return f.style === 'date' ? formatDate(value) : value
  const qualifier = f.qualifier ?? ''
  const suffix = f.suffix ? ` ${f.suffix}` : ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`formatValue: expected a finite number, got ${value}`)
    const p = numberParts(value, f)
    return `${qualifier}${p.sign}${p.prefix}${p.body}${p.suffix}${suffix}`
  }
  const { low, high } = value
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high)
    throw new TypeError(`formatValue: bad range ${low}–${high}`)
  // "$589–593B": the unit and magnitude are written once, outside the range.
  const lo = numberParts(low, f)
  const hi = numberParts(high, f)
  return `${qualifier}${lo.sign}${lo.prefix}${lo.body}–${hi.sign}${hi.body}${hi.suffix}${suffix}`
}
