import { describe, expect, it } from 'vitest'
import { formatDate, formatValue } from './format'

describe('formatValue', () => {
  it.each([
    { value: 5_576_000, f: { style: 'usd', scale: 'M' }, out: '$5.576M' },
    { value: { low: 589e9, high: 593e9 }, f: { style: 'usd', scale: 'B' }, out: '$589–593B' },
    { value: -16.97, f: { style: 'percent', digits: 2 }, out: '−16.97%' },
    { value: 0.65, f: { style: 'percent', signed: true }, out: '+0.65%' },
    { value: 2048, f: { style: 'number', suffix: 'H800s' }, out: '2,048 H800s' },
    { value: 27, f: { style: 'multiple', qualifier: '≈' }, out: '≈27×' },
    { value: 10e6, f: { style: 'cny', scale: 'M' }, out: 'RMB 10M' },
    { value: 500e6, f: { style: 'usd', scale: 'M', qualifier: '>' }, out: '>$500M' },
    { value: '2025-01-27', f: { style: 'date' }, out: 'Jan 27, 2025' },
    { value: '2023-05', f: { style: 'date' }, out: 'May 2023' },
    { value: 'MIT', f: { style: 'text' }, out: 'MIT' },
  ] as const)('$value → $out', ({ value, f, out }) => {
    expect(formatValue(value, f)).toBe(out)
  })

  it('rejects non-finite numbers and inverted ranges', () => {
    expect(() => formatValue(Number.NaN, { style: 'number' })).toThrow(TypeError)
    expect(() => formatValue(Infinity, { style: 'usd' })).toThrow(TypeError)
    expect(() => formatValue({ low: 5, high: 1 }, { style: 'number' })).toThrow(/bad range/)
  })
})

describe('formatDate', () => {
  it('passes through text it cannot parse', () => {
    expect(formatDate('late 2023')).toBe('late 2023')
  })
})
