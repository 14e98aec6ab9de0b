import { describe, expect, it } from 'vitest'
import { timeAxisTicks } from './axis'

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A linear x over the range, `width` units wide. */
function xOver(start: Date, end: Date, width: number) {
  return (d: Date) => ((d.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * width
}

describe('timeAxisTicks', () => {
  it.each([
    { name: 'years only', from: '2022-01-01', to: '2025-01-01', width: 760, minor: 0, majors: ['2022', '2023', '2024', '2025'], minors: [] },
    { name: 'with minor months', from: '2022-01-01', to: '2025-01-01', width: 760, minor: 6, majors: ['2022', '2023', '2024', '2025'], minors: ['Jul', 'Jul', 'Jul'] },
    { name: 'quarters from mid-year', from: '2022-06-01', to: '2023-06-01', width: 760, minor: 3, majors: ['2023'], minors: ['Jul', 'Oct', 'Apr'] },
    { name: 'every 2nd year when a year is narrow', from: '2000-01-01', to: '2020-01-01', width: 760, minor: 0, majors: ['2000', '2002', '2004'], minors: [] },
    { name: 'every 5th year when narrower still', from: '2000-01-01', to: '2030-01-01', width: 760, minor: 0, majors: ['2000', '2005', '2010'], minors: [] },
    { name: 'every 10th year at the least', from: '1900-01-01', to: '2000-01-01', width: 760, minor: 0, majors: ['1900', '1910', '1920'], minors: [] },
  ])('$name', ({ from, to, width, minor, majors, minors }) => {
    const [start, end] = [utc(from), utc(to)]
    const ticks = timeAxisTicks(start, end, xOver(start, end, width), minor)
    expect(ticks.filter(t => t.major).map(t => t.label).slice(0, majors.length)).toEqual(majors)
    expect(ticks.filter(t => !t.major).map(t => t.label)).toEqual(minors)
  })

  it('sorts ticks by x and puts a year tick at its first day', () => {
    const [start, end] = [utc('2022-01-01'), utc('2024-01-01')]
    const ticks = timeAxisTicks(start, end, xOver(start, end, 730), 3)
    expect(ticks.map(t => t.x)).toEqual([...ticks.map(t => t.x)].sort((a, b) => a - b))
    expect(ticks[0]).toEqual({ x: 0, label: '2022', major: true })
    expect(ticks.at(-1)).toEqual({ x: 730, label: '2024', major: true })
  })
})
