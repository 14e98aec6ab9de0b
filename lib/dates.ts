/**
 * ISO dates as the registry writes them ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'): the deck's one date
 * parser, to UTC at the date's own precision, and the printed forms (in full or without the
 * year). Pure: no Vue, no DOM; imports no other lib/ file, so lib/format.ts can use it.
 */
import { utcFormat } from 'd3-time-format'

export type DatePrecision = 'year' | 'month' | 'day'

export interface ParsedDate {
  iso: string
  precision: DatePrecision
  /** Where the date sits on an axis: the day itself, mid-month, or mid-year. */
  at: Date
  /** The first instant the date covers (used for the start of a period). */
  start: Date
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (UTC). Anything else is a TypeError naming the input. */
export function parseIsoDate(iso: string): ParsedDate {
  const m = typeof iso === 'string' ? ISO.exec(iso) : null
  if (!m)
    throw new TypeError(`parseIsoDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(iso)}`)
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 0 || month > 11))
    throw new TypeError(`parseIsoDate: month out of range in ${JSON.stringify(iso)}`)
  if (month === undefined)
    return { iso, precision: 'year', at: new Date(Date.UTC(year, 6, 1)), start: new Date(Date.UTC(year, 0, 1)) }
  if (day === undefined)
    return { iso, precision: 'month', at: new Date(Date.UTC(year, month, 15)), start: new Date(Date.UTC(year, month, 1)) }
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day)
    throw new TypeError(`parseIsoDate: no such day ${JSON.stringify(iso)}`)
  return { iso, precision: 'day', at: date, start: date }
}

/** Parses 'YYYY-MM-DD' only (a day, not a month or year) to its UTC midnight. */
export function parseDay(iso: string): Date {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new TypeError(`parseDay: expected a YYYY-MM-DD date, got "${iso}"`)
  return parseIsoDate(iso).start
}

const FULL = { day: utcFormat('%b %-d, %Y'), month: utcFormat('%b %Y') }
const NO_YEAR = { day: utcFormat('%b %-d'), month: utcFormat('%b') }

/** "2025-01-27" → "Jan 27, 2025"; "2025-01" → "Jan 2025"; a year or any other text unchanged. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(iso))
    return iso
  const d = parseIsoDate(iso)
  return d.precision === 'year' ? iso : FULL[d.precision](d.start)
}

/** "2025-01-20" → "Jan 20, 2025"; "2023-05" → "May 2023"; "2015" → "2015". Rejects what is not ISO. */
export function printDate(iso: string): string {
  parseIsoDate(iso)
  return formatDate(iso)
}

/** The date without its year, for an axis that shows years: "Jan 20", "May"; a bare year stays. */
export function shortDate(iso: string): string {
  const d = parseIsoDate(iso)
  return d.precision === 'year' ? iso : NO_YEAR[d.precision](d.start)
}

/** The month and year, for a timeline whose labels each carry their year: "Aug 2022"; a bare year stays. */
export function monthYear(iso: string): string {
  const d = parseIsoDate(iso)
  return d.precision === 'year' ? iso : formatDate(iso.slice(0, 7))
}

/** "Q1 2024" → "2024-01": the month a quarter starts, for a date known only to the quarter. */
export function quarterStart(quarter: string): string {
  const m = /^Q([1-4]) (\d{4})$/.exec(quarter)
  if (!m)
    throw new TypeError(`quarterStart: expected a quarter such as "Q1 2024", got ${JSON.stringify(quarter)}`)
  return `${m[2]}-${String((Number(m[1]) - 1) * 3 + 1).padStart(2, '0')}`
}
