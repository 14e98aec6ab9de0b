import { describe, expect, it } from 'vitest'
import { formatDate, parseDay, parseIsoDate, printDate, quarterStart, shortDate } from './dates'

describe('parseIsoDate', () => {
  it.each([
    { iso: '2015', precision: 'year', at: '2015-07-01', start: '2015-01-01' },
    { iso: '2023-05', precision: 'month', at: '2023-05-15', start: '2023-05-01' },
    { iso: '2025-01-20', precision: 'day', at: '2025-01-20', start: '2025-01-20' },
  ])('$iso is a $precision placed on $at', ({ iso, precision, at, start }) => {
    const d = parseIsoDate(iso)
    expect(d.precision).toBe(precision)
    expect(d.at.toISOString().slice(0, 10)).toBe(at)
    expect(d.start.toISOString().slice(0, 10)).toBe(start)
  })

  it.each(['', '2025-1-20', '2025-13', '2025-02-30', 'Jan 2025', Number.NaN as unknown as string])(
    'rejects %s with a TypeError naming it',
    (bad) => {
      expect(() => parseIsoDate(bad)).toThrow(TypeError)
      expect(() => parseIsoDate(bad)).toThrow(JSON.stringify(bad) ?? 'null')
    },
  )
})

describe('printDate and shortDate', () => {
  it.each([
    { iso: '2025-01-20', full: 'Jan 20, 2025', short: 'Jan 20' },
    { iso: '2024-12-26', full: 'Dec 26, 2024', short: 'Dec 26' },
    { iso: '2023-03', full: 'Mar 2023', short: 'Mar' },
    { iso: '2023-05', full: 'May 2023', short: 'May' },
    { iso: '2015', full: '2015', short: '2015' },
  ])('prints $iso as "$full", or "$short" for an axis that shows years', ({ iso, full, short }) => {
    expect(printDate(iso)).toBe(full)
    expect(shortDate(iso)).toBe(short)
  })

  it.each(['Jan 2025', '2025-02-30'])('rejects %s', (bad) => {
    expect(() => printDate(bad)).toThrow(TypeError)
    expect(() => shortDate(bad)).toThrow(TypeError)
  })
})

describe('quarterStart', () => {
  it.each([
    { quarter: 'Q1 2024', iso: '2024-01' },
    { quarter: 'Q2 2024', iso: '2024-04' },
    { quarter: 'Q3 2023', iso: '2023-07' },
    { quarter: 'Q4 2025', iso: '2025-10' },
  ])('$quarter starts in $iso', ({ quarter, iso }) => {
    expect(quarterStart(quarter)).toBe(iso)
  })

  it.each(['Q5 2024', '2024', 'Q1 24', 'q1 2024'])('rejects %s, naming it', (bad) => {
    expect(() => quarterStart(bad)).toThrow(JSON.stringify(bad))
  })
})

describe('parseDay', () => {
  it.each(['2025-13-01', '2025-02-30', '27 Jan 2025', '', '2025-01'])('rejects "%s" by name', (bad) => {
    expect(() => parseDay(bad)).toThrow(new RegExp(`"${bad}"`))
  })

  it('parses as UTC midnight', () => {
    expect(parseDay('2025-01-27').toISOString()).toBe('2025-01-27T00:00:00.000Z')
  })
})

describe('formatDate', () => {
  it('prints a day or a month in full, and leaves a year or other text as it is', () => {
    expect(['2025-01-27', '2025-01', '2015', 'n/a'].map(formatDate)).toEqual(['Jan 27, 2025', 'Jan 2025', '2015', 'n/a'])
  })
})
