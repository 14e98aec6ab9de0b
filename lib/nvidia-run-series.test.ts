import { describe, expect, it } from 'vitest'
import { chainValues, weeklyCloses } from './nvidia-run-series'

const closes = [['2024-01-05', 10], ['2024-01-12', 12], ['2024-01-19', 9], ['2024-01-26', 11]] as const

describe('chainValues', () => {
  it('scales the last reported value by the move in the close since, and keeps reported values', () => {
    const out = chainValues(closes, [{ date: '2024-01-05', usd: 1000 }, { date: '2024-01-19', usd: 950 }])
    expect(out.map(p => p.usd)).toEqual([1000, 1200, 950, 950 * 11 / 9])
    expect(out.map(p => p.from)).toEqual(['2024-01-05', '2024-01-05', '2024-01-19', '2024-01-19'])
  })

  it('refuses a reported day the series has no close for, and a series that starts before any report', () => {
    expect(() => chainValues(closes, [{ date: '2024-01-05', usd: 1 }, { date: '2024-01-06', usd: 1 }])).toThrow(/no close on 2024-01-06/)
    expect(() => chainValues(closes, [{ date: '2024-01-12', usd: 1 }])).toThrow(/start on or after/)
    expect(() => chainValues(closes, [])).toThrow(/start on or after/)
  })
})

describe('weeklyCloses', () => {
  it('keeps the last close of each week and the kept days', () => {
    // Mon Jan 27, Tue Jan 28, Fri Jan 31, Mon Feb 3, Fri Feb 7 (2025).
    const days = [['2025-01-27', 1], ['2025-01-28', 2], ['2025-01-31', 3], ['2025-02-03', 4], ['2025-02-07', 5]] as const
    expect(weeklyCloses(days, new Set()).map(([d]) => d)).toEqual(['2025-01-31', '2025-02-07'])
    expect(weeklyCloses(days, new Set(['2025-01-27', '2025-02-03'])).map(([d]) => d)).toEqual(['2025-01-27', '2025-01-31', '2025-02-03', '2025-02-07'])
  })
})
