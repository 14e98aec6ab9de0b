import type { Fact } from '../types'

// Nvidia's market value at more closes, for the nvidia-run chart: the year ends (one data
// publisher) and two closes whose value is derived from a reported share price. The closes of
// Jan 24–Feb 3, 2025 and the milestone closes are in market.ts.

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

export const nvidiaFacts: readonly Fact[] = [
  yearEnd('2022-12-30', 359.5e9),
  yearEnd('2023-12-29', 1223.19e9),
  yearEnd('2024-12-31', 3288.76e9),
  derivedValue('2024-09-03', 108, 'a record one-day loss of market value, after a forecast that disappointed', ['livemint-2024-09-04-nvidia-279b-rout'], 'the $108 close (Livemint, citing Reuters)'),
  derivedValue('2025-01-28', 128.99, 'the rebound the day after the sell-off', ['reuters-2025-01-28-tech-rebound'], 'the $128.99 close (Reuters)'),
]
