import type { Fact } from '../types'
import { NVIDIA_CLOSES } from '../series/nvidia-closes'
import { NVIDIA_CLOSES_2025 } from '../series/nvidia-closes-2025'

// Nvidia's market value at more closes, for the nvidia-run chart: the year ends (one data
// publisher), two closes whose value is derived from a reported share price, and the weekly
// closes the chart's line is drawn from. The closes of Jan 24–Feb 3, 2025 and the milestone
// closes are in market.ts.

const USD_T: Fact['format'] = { style: 'usd', scale: 'T', digits: 2 }

function yearEnd(date: string, usd: number): Fact {
  return {
    id: `nvidia-value-${date}-usd`,
    act: 'market',
    label: `Nvidia market value at the close, ${date}: last trading day of ${date.slice(0, 4)}`,
    value: usd,
    unit: 'USD',
    format: USD_T,
    asOf: date,
    confidence: 'high',
    sources: ['stockanalysis-2025-06-10-nvidia-market-cap'],
  }
}

/** Implied shares, as the Feb 3, 2025 value in market.ts derives them: Reuters' $593B loss ÷ the $24.20 fall in the close. */
const IMPLIED_SHARES = 593e9 / (142.62 - 118.42)

function derivedValue(date: string, close: number, label: string, sources: string[], closeSays: string): Fact {
  return {
    id: `nvidia-value-${date}-usd`,
    act: 'market',
    label: `Nvidia market value at the close, ${date}: ${label}`,
    value: Math.round(IMPLIED_SHARES * close / 1e10) * 1e10,
    unit: 'USD',
    format: { ...USD_T, qualifier: '≈' },
    asOf: date,
    confidence: 'medium',
    sources,
    derived: `implied shares ≈ 24.5B (Reuters’ $593B loss ÷ the $24.20 fall in the Jan 27, 2025 close) × ${closeSays}`,
  }
}

/** A value one StockAnalysis page version prints for a day (for the nvidia-2025 chart). */
function pageValue(date: string, usd: number, source: string, digits = 2): Fact {
  return { ...yearEnd(date, usd), label: `Nvidia market value at the close, ${date}`, format: { ...USD_T, digits }, sources: [source] }
}

/** Dated marks of 2025 for the nvidia-2025 chart: values, not closes, each as one publisher gave it. */
function mark(id: string, label: string, usd: number, scale: 'B' | 'T', asOf: string, sources: string[], note?: string): Fact {
  return { id, act: 'market', label, value: usd, unit: 'USD', format: { style: 'usd', scale, digits: scale === 'T' ? 2 : 1 }, asOf, confidence: 'high', sources, ...(note ? { note } : {}) }
}

/** A series of Yahoo Finance's adjusted daily closes, kept as one background fact: its size and last date. */
function weeklyCloses(id: string, label: string, closes: readonly (readonly [string, number])[], note: string): Fact {
  return { id, act: 'market', label, value: closes.length, unit: 'closes', format: { style: 'number', suffix: 'closes' }, asOf: closes.at(-1)![0], confidence: 'high', sources: ['yahoo-finance-nvda-daily-bars'], background: true, note }
}

export const nvidiaFacts: readonly Fact[] = [
  yearEnd('2022-12-30', 359.5e9),
  yearEnd('2023-12-29', 1223.19e9),
  yearEnd('2024-12-31', 3288.76e9),
  derivedValue('2024-09-03', 108, 'a record one-day loss of market value, after a forecast that disappointed', ['livemint-2024-09-04-nvidia-279b-rout'], 'the $108 close (Livemint, citing Reuters)'),
  derivedValue('2025-01-28', 128.99, 'the rebound the day after the sell-off', ['reuters-2025-01-28-tech-rebound'], 'the $128.99 close (Reuters)'),
  weeklyCloses('nvidia-weekly-closes', 'Nvidia closing share prices behind the nvidia-run line (and the nvidia-2025 line to Feb 28, 2025): the last close of each week from Dec 30, 2022 to Feb 28, 2025, and the days the charts name (split- and dividend-adjusted)', NVIDIA_CLOSES, 'Adjusted prices sit 0.15–0.25% below the closes reported on the day; the chart uses only their ratios.'),
  // Nvidia through 2025 (nvidia-2025 chart).
  weeklyCloses('nvidia-weekly-closes-2025', 'Nvidia closing share prices behind the nvidia-2025 line after February 2025: the last close of each week from Mar 7 to Dec 31, 2025, and the days the chart names (split- and dividend-adjusted)', NVIDIA_CLOSES_2025, 'Same series and adjustment as nvidia-weekly-closes; the chart uses only their ratios.'),
  pageValue('2025-06-09', 3480.17e9, 'stockanalysis-2025-06-10-nvidia-market-cap'),
  { ...pageValue('2025-07-09', 3.97e12, 'the-week-2025-07-nvidia-4t'), label: 'Nvidia market value at the close, 2025-07-09: the day it first passed $4 trillion during trading' },
  pageValue('2025-10-31', 4.92e12, 'stockanalysis-2025-10-31-nvidia-market-cap'),
  pageValue('2025-12-04', 4456.13e9, 'stockanalysis-2025-12-05-nvidia-market-cap'),
  mark('nvidia-4t-intraday-usd', 'Market value Nvidia passed during trading on Jul 9, 2025, the first company to do so', 4e12, 'T', '2025-07-09', ['the-week-2025-07-nvidia-4t'], 'It closed the day at $3.97 trillion.'),
  mark('nvidia-5t-open-usd', 'Nvidia market value at the open on Oct 29, 2025, the first company past $5 trillion', 5.054e12, 'T', '2025-10-29', ['independent-2025-10-29-nvidia-5t']),
  mark('h20-charge-booked-usd', 'Charge Nvidia booked in its quarter to Apr 27, 2025 for H20 inventory and purchase obligations', 4.5e9, 'B', '2025-05-28', ['nvidia-2025-05-28-q1-fy2026'], 'Below the ~$5.5B it estimated on Apr 15, 2025.'),
]
