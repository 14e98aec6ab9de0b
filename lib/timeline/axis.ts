/** The date axis under a timeline: labelled year ticks, and optional minor month ticks. */
import { utcMonth, utcYear } from 'd3-time'
import { estimateTextWidth } from '../text-width'
import { tickLabel } from '../ticks'

export interface AxisTick {
  x: number
  label: string
  major: boolean
}

/**
 * Year ticks between start and end (every year if the labels fit, else every 2nd, 5th or
 * 10th), plus a minor tick every `minorMonths` months that does not fall on a new year.
 */
export function timeAxisTicks(start: Date, end: Date, x: (d: Date) => number, minorMonths = 0, fontSize = 16): AxisTick[] {
  const years = utcYear.range(utcYear.ceil(start), new Date(end.getTime() + 1))
  const room = years.length > 1 ? x(years[1]) - x(years[0]) : Infinity
  const every = [1, 2, 5, 10].find(n => room * n >= estimateTextWidth('2000', fontSize) + 14) ?? 10
  const majors = years.filter(d => d.getUTCFullYear() % every === 0)
    .map(d => ({ x: x(d), label: tickLabel('year', d), major: true }))
  if (!minorMonths)
    return majors
  const minors = utcMonth.every(minorMonths)!.range(start, new Date(end.getTime() + 1)).filter(d => d.getUTCMonth() !== 0).map(d => ({ x: x(d), label: tickLabel('month', d), major: false }))
  return [...majors, ...minors].sort((a, b) => a.x - b.x)
}
