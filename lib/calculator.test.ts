import type { Scenario } from './calculator'
import { describe, expect, it } from 'vitest'
import { getFact } from '../lib/facts'
import {
  buildPresets,
  clampField,
  comparisonBars,
  estimateTotal,
  FIELDS,
  formatField,
  formatShort,
  formatUsd,
  fromSlider,
  matchingPreset,
  parseField,
  rangeText,
  runDays,
  runGpuHours,
  sanitiseScenario,
  scenarioCost,
  shownCost,
  toSlider,
  withMode,
} from './calculator'

/** Registry lookup as the app does it: a number, or one end of a range. */
function num(id: string, end: 'low' | 'high' = 'low'): number {
  const v = getFact(id).value
  if (typeof v === 'number')
    return v
  if (typeof v === 'object')
    return v[end]
  throw new TypeError(`${id} is not numeric`)
}

const V3: Scenario = { gpus: 2048, mode: 'gpu-hours', days: 56.7, gpuHours: 2_788_000, price: 2, multiplier: 1 }

describe('parseField', () => {
  it.each([
    { text: '2048', field: 'gpus', value: 2048 },
    { text: ' 2,048 ', field: 'gpus', value: 2048 },
    { text: '2.788M', field: 'gpuHours', value: 2_788_000 },
    { text: '30.84m', field: 'gpuHours', value: 30_840_000 },
    { text: '16k', field: 'gpus', value: 16_000 },
    { text: '$2', field: 'price', value: 2 },
    { text: '2.19', field: 'price', value: 2.19 },
    { text: '3×', field: 'multiplier', value: 3 },
    { text: '2.5x', field: 'multiplier', value: 2.5 },
    { text: '+7', field: 'days', value: 7 },
    { text: '56.74', field: 'days', value: 56.7 },
    { text: '1e5', field: 'gpus', value: 100_000 },
    { text: '.5', field: 'price', value: 0.5 },
  ] as const)('"$text" in $field → $value', ({ text, field, value }) => {
    expect(parseField(text, FIELDS[field])).toEqual({ ok: true, value, clamped: false, message: '' })
  })

  it.each([
    { text: '', problem: 'empty' },
    { text: '   ', problem: 'empty' },
    { text: 'abc', problem: 'not-a-number' },
    { text: 'NaN', problem: 'not-a-number' },
    { text: 'Infinity', problem: 'not-a-number' },
    { text: '0x10', problem: 'not-a-number' },
    { text: '2..5', problem: 'not-a-number' },
    { text: '12abc', problem: 'not-a-number' },
    { text: 'M', problem: 'not-a-number' },
    { text: '-5', problem: 'negative' },
    { text: '−5', problem: 'negative' },
    { text: '$-2', problem: 'negative' },
    { text: '-0', problem: 'negative' },
    { text: '1e309', problem: 'too-large' },
    { text: '9'.repeat(400), problem: 'too-large' },
  ] as const)('"$text" is refused as $problem, with a message', ({ text, problem }) => {
    const result = parseField(text, FIELDS.gpus)
    expect(result).toMatchObject({ ok: false, problem })
    expect(result.message).toMatch(/^[A-Z]/)
  })

  it.each([
    { problem: 'empty', text: '', message: 'Enter a number' },
    { problem: 'not-a-number', text: 'abc', message: 'Not a number' },
    { problem: 'negative', text: '-5', message: 'Can’t be negative' },
    { problem: 'too-large', text: '1e309', message: 'Far too large' },
  ])('the $problem message reads "$message"', ({ text, message }) => {
    expect(parseField(text, FIELDS.price).message).toBe(message)
  })

  it.each([
    { text: '300000', field: 'gpus', value: 200_000, message: 'Capped at 200,000' },
    { text: '1e300', field: 'gpus', value: 200_000, message: 'Capped at 200,000' },
    { text: '0', field: 'gpus', value: 1, message: 'Raised to 1' },
    { text: '0.01', field: 'price', value: 0.1, message: 'Raised to $0.10' },
    { text: '50', field: 'multiplier', value: 10, message: 'Capped at 10×' },
    { text: '400', field: 'days', value: 365, message: 'Capped at 365' },
    { text: '2e9', field: 'gpuHours', value: 1e8, message: 'Capped at 100M' },
  ] as const)('"$text" in $field is clamped to $value', ({ text, field, value, message }) => {
    expect(parseField(text, FIELDS[field])).toEqual({ ok: true, value, clamped: true, message })
  })
})

describe('ranges and formatting', () => {
  it.each([
    { field: 'gpus', text: '1–200,000' },
    { field: 'days', text: '1–365' },
    { field: 'gpuHours', text: '1,000–100M' },
    { field: 'price', text: '$0.10–$20.00' },
    { field: 'multiplier', text: '1×–10×' },
  ] as const)('$field range reads $text', ({ field, text }) => {
    expect(rangeText(FIELDS[field])).toBe(text)
  })

  it.each([
    { value: 999_999, text: '999,999' },
    { value: 1e6, text: '1M' },
    { value: 30_840_000, text: '30.84M' },
    { value: 2.5e9, text: '2.5B' },
  ])('formatShort($value) → $text', ({ value, text }) => {
    expect(formatShort(value, FIELDS.gpuHours)).toBe(text)
  })

  it('refuses to format a non-finite value', () => {
    expect(() => formatField(Number.NaN, FIELDS.gpus)).toThrow(/gpus/)
  })

  it.each([
    { value: 5_576_000, text: '$5.576M' },
    { value: 61_680_000, text: '$61.68M' },
    { value: 11_152_000, text: '$11.15M' },
    { value: 1_234_567_890, text: '$1.235B' },
    { value: 999_960, text: '$1M' },
    { value: 480, text: '$480' },
    { value: 2.4, text: '$2.4' },
    { value: 0, text: '$0' },
    { value: 3.5e12, text: '$3.5T' },
  ])('formatUsd($value) → $text', ({ value, text }) => {
    expect(formatUsd(value)).toBe(text)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('formatUsd(%s) throws a TypeError', (value) => {
    expect(() => formatUsd(value)).toThrow(TypeError)
  })

  it('clampField rejects NaN by name', () => {
    expect(() => clampField(Number.NaN, FIELDS.price)).toThrow(/price is NaN/)
  })
})

describe('sliders', () => {
  it.each([
    { field: 'gpus', value: 1, pos: 0 },
    { field: 'gpus', value: 200_000, pos: 1000 },
    { field: 'gpuHours', value: 1000, pos: 0 },
    { field: 'gpuHours', value: 1e8, pos: 1000 },
    { field: 'gpuHours', value: 1e12, pos: 1000 },
    { field: 'days', value: 56.7, pos: 56.7 },
    { field: 'multiplier', value: 99, pos: 10 },
  ] as const)('$field $value sits at position $pos', ({ field, value, pos }) => {
    expect(toSlider(value, FIELDS[field])).toBe(pos)
  })

  it('log sliders round trip to three significant figures', () => {
    const pos = toSlider(2048, FIELDS.gpus)
    expect(fromSlider(pos, FIELDS.gpus)).toBeGreaterThan(2000)
    expect(fromSlider(pos, FIELDS.gpus)).toBeLessThan(2100)
    expect(fromSlider(-50, FIELDS.gpus)).toBe(1)
    expect(fromSlider(5000, FIELDS.gpus)).toBe(200_000)
  })

  it('rejects a NaN slider position', () => {
    expect(() => fromSlider(Number.NaN, FIELDS.gpus)).toThrow(TypeError)
  })
})

describe('cost', () => {
  it('the published preset reproduces DeepSeek’s own $5.576M', () => {
    const published = buildPresets(num)[0]
    expect(published.scenario).toMatchObject({ gpus: 2048, gpuHours: 2_788_000, price: 2, multiplier: 1 })
    expect(scenarioCost(published.scenario)).toBeCloseTo(getFact('v3-final-run-cost').value as number, 6)
  })

  it.each([
    { name: 'V3 as published', s: V3, cost: 5_576_000 },
    { name: 'research ×2', s: { ...V3, multiplier: 2 }, cost: 11_152_000 },
    { name: 'days mode', s: { ...V3, mode: 'days', days: 10, gpus: 1000 }, cost: 480_000 },
    { name: 'largest inputs', s: { gpus: 200_000, mode: 'days', days: 365, gpuHours: 1e8, price: 20, multiplier: 10 }, cost: 200_000 * 365 * 24 * 200 },
  ] as const)('$name costs $cost', ({ s, cost }) => {
    expect(scenarioCost(s as Scenario)).toBeCloseTo(cost, 3)
  })

  it.each(['gpus', 'days', 'gpuHours', 'price', 'multiplier'] as const)('a NaN %s throws a TypeError naming it', (key) => {
    expect(() => scenarioCost({ ...V3, [key]: Number.NaN })).toThrow(new RegExp(key))
  })

  it('derives days from GPU-hours and back', () => {
    expect(runDays(V3)).toBeCloseTo(56.72, 2)
    expect(runGpuHours({ ...V3, mode: 'days', days: 10 })).toBe(2048 * 240)
    const asDays = withMode(V3, 'days')
    expect(asDays).toMatchObject({ mode: 'days', days: 56.7 })
    expect(withMode(asDays, 'gpu-hours').gpuHours).toBe(Math.round(2048 * 56.7 * 24))
    expect(withMode(V3, 'gpu-hours')).toEqual(V3)
  })

  it('switching mode clamps a derived value into range', () => {
    expect(withMode({ ...V3, gpus: 1, gpuHours: 1e8 }, 'days').days).toBe(365)
  })
})

describe('presets', () => {
  const presets = buildPresets(num)

  it('come from the registry', () => {
    expect(presets.map(p => p.id)).toEqual(['v3', 'v3-research-low', 'v3-research-high', 'llama', 'r1-epoch', 'fleet-semianalysis'])
    expect(presets.filter(p => !p.parts).map(p => p.scenario.multiplier)).toEqual([1, 2, 4, 1])
    expect(presets[3].scenario).toMatchObject({ gpus: 16_384, gpuHours: 30_840_000, price: 2 })
    for (const p of presets) {
      for (const id of p.factIds)
        expect(() => getFact(id)).not.toThrow()
    }
  })

  it('every preset sits inside every field range', () => {
    for (const p of presets)
      expect(sanitiseScenario(p.scenario, V3)).toEqual(p.scenario)
  })

  it('a scenario is matched to its preset, and an edited one is not', () => {
    expect(matchingPreset(presets[1].scenario, presets)?.id).toBe('v3-research-low')
    expect(matchingPreset({ ...V3, price: 3 }, presets)).toBeUndefined()
  })

  it('show an open formula and who the figures are from', () => {
    expect(presets.map(p => [p.id, p.by, p.formula])).toEqual([
      ['v3', 'DeepSeek', '2.788M GPU-hours × $2.00 × 1× = $5.576M'],
      ['v3-research-low', 'DeepSeek; Interconnects (experiments)', '2.788M GPU-hours × $2.00 × 2× = $11.15M'],
      ['v3-research-high', 'DeepSeek; Interconnects (experiments)', '2.788M GPU-hours × $2.00 × 4× = $22.3M'],
      ['llama', 'Meta; priced at DeepSeek’s rate', '30.84M GPU-hours × $2.00 × 1× = $61.68M'],
      ['r1-epoch', 'Epoch AI', '$5.328M pre-training (DeepSeek) + $1M reinforcement learning (Epoch AI’s estimate) = $6.328M'],
      ['fleet-semianalysis', 'SemiAnalysis', '$1.6B server capex + $944M operating cost = $2.544B'],
    ])
  })

  it('add up a published estimate from its registry parts, and show it only while chosen', () => {
    const fleet = presets.find(p => p.id === 'fleet-semianalysis')!
    expect(estimateTotal(fleet)).toBe(num('deepseek-server-capex') + num('deepseek-cluster-opex'))
    expect(shownCost({ ...V3, estimate: 'fleet-semianalysis' }, presets)).toBe(2.544e9)
    expect(shownCost(V3, presets)).toBeCloseTo(5_576_000, 3)
    expect(matchingPreset({ ...V3, estimate: 'r1-epoch' }, presets)?.id).toBe('r1-epoch')
    expect(() => estimateTotal(presets[0])).toThrow(/not an estimate/)
  })
})

describe('sanitiseScenario', () => {
  it('clamps and repairs what arrives from another window', () => {
    const dirty = { gpus: 1e9, mode: 'weeks', days: Number.NaN, gpuHours: 'lots', price: -3, multiplier: 2 } as unknown as Partial<Scenario>
    expect(sanitiseScenario(dirty, V3)).toEqual({ gpus: 200_000, mode: 'gpu-hours', days: 56.7, gpuHours: 2_788_000, price: 0.1, multiplier: 2 })
  })

  it('keeps the fallback for missing keys', () => {
    expect(sanitiseScenario({}, V3)).toEqual(V3)
  })

  it('keeps a known estimate id and drops anything else', () => {
    expect(sanitiseScenario({ ...V3, estimate: 'fleet' }, V3, ['fleet']).estimate).toBe('fleet')
    expect(sanitiseScenario({ ...V3, estimate: 'nope' }, V3, ['fleet'])).toEqual(V3)
    expect(sanitiseScenario({ ...V3, estimate: 'fleet' }, V3)).toEqual(V3)
  })
})

describe('comparisonBars', () => {
  it('is zero-based: the largest bar fills the width, others are in proportion', () => {
    const bars = comparisonBars([{ key: 'a', value: 50 }, { key: 'b', value: 100 }, { key: 'c', value: 0 }], 400)
    expect(bars.map(b => b.width)).toEqual([200, 400, 0])
  })

  it.each([
    { name: 'empty', rows: [], widths: [] },
    { name: 'all zero', rows: [{ key: 'a', value: 0 }], widths: [0] },
    { name: 'single', rows: [{ key: 'a', value: 7 }], widths: [300] },
  ])('$name input', ({ rows, widths }) => {
    expect(comparisonBars(rows, 300).map(b => b.width)).toEqual(widths)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('a value of %s throws a TypeError naming the row', (value) => {
    expect(() => comparisonBars([{ key: 'scenario', value }], 300)).toThrow(/scenario/)
  })

  it('refuses an empty width', () => {
    expect(() => comparisonBars([], 0)).toThrow(TypeError)
  })
})
