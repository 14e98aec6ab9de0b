import type { TickKind } from './ticks'
import { describe, expect, it } from 'vitest'
import { compactUsd, tickLabel } from './ticks'

describe('compactUsd', () => {
  it.each([
    { value: 0, text: '$0' },
    { value: 500, text: '$500' },
    { value: 1e5, text: '$100K' },
    { value: 1e6, text: '$1M' },
    { value: 2.5e7, text: '$25M' },
    { value: 5.576e6, text: '$5.58M' },
    { value: 1e9, text: '$1B' },
  ])('$value → $text', ({ value, text }) => {
    expect(compactUsd(value)).toBe(text)
  })

  it.each([Number.NaN, -1, Infinity])('rejects %s', (value) => {
    expect(() => compactUsd(value)).toThrow(TypeError)
  })
})

describe('tickLabel', () => {
  const jan27 = new Date(Date.UTC(2025, 0, 27))
  it.each<{ kind: TickKind, value: number | Date, text: string }>([
    { kind: 'count', value: 1360, text: '1,360' },
    { kind: 'si', value: 2_788_000, text: '2.788M' },
    { kind: 'usd-compact', value: 1e5, text: '$100K' },
    { kind: 'usd-price', value: 118.42, text: '$118.42' },
    { kind: 'usd-price', value: 120, text: '$120' },
    { kind: 'percent-signed', value: -17, text: '−17%' },
    { kind: 'percent-signed', value: 9, text: '+9%' },
    { kind: 'percent-signed', value: 0, text: '0%' },
    { kind: 'year', value: jan27, text: '2025' },
    { kind: 'month', value: jan27, text: 'Jan' },
    { kind: 'month-year', value: jan27, text: 'Jan 2025' },
    { kind: 'day', value: jan27, text: 'Jan 27' },
    { kind: 'weekday', value: jan27, text: 'Mon Jan 27' },
    { kind: 'day-of-week', value: jan27, text: 'Mon' },
    { kind: 'rank', value: 14, text: '#14' },
  ])('$kind: $value → $text', ({ kind, value, text }) => {
    expect(tickLabel(kind, value)).toBe(text)
  })

  it.each<{ kind: TickKind, value: number | Date }>([
    { kind: 'count', value: Number.NaN },
    { kind: 'year', value: 2025 },
    { kind: 'count', value: jan27 },
  ])('rejects $kind for $value with a message', ({ kind, value }) => {
    expect(() => tickLabel(kind, value)).toThrow(TypeError)
  })
})
