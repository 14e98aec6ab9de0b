/**
 * The what-if training-cost calculator's arithmetic: field ranges, forgiving parsing of what a
 * reader types, clamping, the cost itself and the zero-based comparison bars.
 * Pure: no Vue, no DOM. Registry values come in through a lookup, so tests can pin them.
 */
import { scaleLinear } from 'd3-scale'

export type FieldKey = 'gpus' | 'days' | 'gpuHours' | 'price' | 'multiplier'
export type TimeMode = 'days' | 'gpu-hours'

export interface FieldSpec {
  key: FieldKey
  label: string
  /** What the number counts, shown under the label. */
  unit: string
  /** Words after the value when read aloud: "2,048 GPUs". */
  words: string
  min: number
  max: number
  /** Decimal places kept (0 = whole numbers). */
  decimals: number
  /** Slider mapping: log spreads 1 … 200,000 GPUs so 2,048 is not squeezed into a corner. */
  scale: 'linear' | 'log'
  /** Shown before the number when printed ("$"). */
  prefix?: string
  /** Shown after the number when printed ("×"). */
  suffix?: string
}

export const FIELDS: Readonly<Record<FieldKey, FieldSpec>> = {
  gpus: { key: 'gpus', label: 'GPUs', unit: 'chips in the cluster', words: 'GPUs', min: 1, max: 200_000, decimals: 0, scale: 'log' },
  days: { key: 'days', label: 'Days', unit: 'round the clock', words: 'days', min: 1, max: 365, decimals: 1, scale: 'linear' },
  gpuHours: { key: 'gpuHours', label: 'GPU-hours', unit: 'for the whole run', words: 'GPU-hours', min: 1_000, max: 100_000_000, decimals: 0, scale: 'log' },
  price: { key: 'price', label: 'Price', unit: 'USD per GPU-hour', words: 'per GPU-hour', min: 0.1, max: 20, decimals: 2, scale: 'log', prefix: '$' },
  multiplier: { key: 'multiplier', label: 'Research factor', unit: 'total ÷ final run', words: 'the final run’s compute', min: 1, max: 10, decimals: 1, scale: 'linear', suffix: '×' },
}

/** Everything the calculator needs; shared between presenter and audience windows. */
export interface Scenario {
  gpus: number
  mode: TimeMode
  /** Used when mode is 'days'. */
  days: number
  /** Used when mode is 'gpu-hours'. */
  gpuHours: number
  price: number
  multiplier: number
  /**
   * The id of a published estimate preset (a sum of costs, not a GPU-hour bill) while it is
   * chosen; editing any field leaves it. Synced like the rest, so both windows show it.
   */
  estimate?: string
}

export type ParseProblem = 'empty' | 'not-a-number' | 'negative' | 'too-large'

export type FieldParse =
  | { ok: true, value: number, clamped: boolean, message: string }
  | { ok: false, problem: ParseProblem, message: string }

const MAGNITUDE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 }
const NUMBER = /^\+?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** "200,000" / "1–200,000" / "$0.10–$20" for the range note beside a field. */
export function formatField(value: number, spec: FieldSpec): string {
  if (!Number.isFinite(value))
    throw new TypeError(`formatField: expected a finite number for ${spec.key}, got ${value}`)
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: spec.key === 'price' ? 2 : 0,
    maximumFractionDigits: spec.decimals,
  })
  return `${spec.prefix ?? ''}${text}${spec.suffix ?? ''}`
}

/** Like formatField, but millions and up as "100M", to keep notes beside a field short. */
export function formatShort(value: number, spec: FieldSpec): string {
  if (Math.abs(value) < 1e6)
    return formatField(value, spec)
  const [div, suffix] = Math.abs(value) >= 1e9 ? [1e9, 'B'] : [1e6, 'M']
  return `${spec.prefix ?? ''}${Number((value / div).toPrecision(4)).toLocaleString('en-US')}${suffix}${spec.suffix ?? ''}`
}

export function rangeText(spec: FieldSpec): string {
  return `${formatShort(spec.min, spec)}–${formatShort(spec.max, spec)}`
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

/** Keeps a value inside the field's stated range, rounded to the field's precision. */
export function clampField(value: number, spec: FieldSpec): number {
  if (Number.isNaN(value))
    throw new TypeError(`clampField: ${spec.key} is NaN`)
  return roundTo(Math.min(spec.max, Math.max(spec.min, value)), spec.decimals)
}

/**
 * Reads what a reader typed. Accepts "2,048", "2.788M", "$2", "3×"; refuses empty text, words,
 * negatives and numbers too big for JavaScript (1e309), with a short message for beside the
 * field (the range is shown next to it already). A finite value outside the range is clamped,
 * and the message says so.
 */
export function parseField(text: string, spec: FieldSpec): FieldParse {
  const cleaned = text.trim().replace(/[\s,_]/g, '').replace(/^\$/, '').replace(/[×x]$/i, '')
  if (cleaned === '')
    return { ok: false, problem: 'empty', message: 'Enter a number' }
  if (cleaned.startsWith('-') || cleaned.startsWith('−'))
    return { ok: false, problem: 'negative', message: 'Can’t be negative' }
  const suffix = cleaned.slice(-1).toLowerCase()
  const scale = MAGNITUDE[suffix] ?? 1
  const body = scale === 1 ? cleaned : cleaned.slice(0, -1)
  if (!NUMBER.test(body))
    return { ok: false, problem: 'not-a-number', message: 'Not a number' }
  const raw = Number(body) * scale
  if (!Number.isFinite(raw))
    return { ok: false, problem: 'too-large', message: 'Far too large' }
  const value = clampField(raw, spec)
  if (raw > spec.max)
    return { ok: true, value, clamped: true, message: `Capped at ${formatShort(spec.max, spec)}` }
  if (raw < spec.min)
    return { ok: true, value, clamped: true, message: `Raised to ${formatShort(spec.min, spec)}` }
  return { ok: true, value, clamped: false, message: '' }
}

/** Slider positions run 0…SLIDER_STEPS for log fields; linear fields use their own values. */
export const SLIDER_STEPS = 1000

export function toSlider(value: number, spec: FieldSpec): number {
  if (spec.scale === 'linear')
    return clampField(value, spec)
  const v = Math.min(spec.max, Math.max(spec.min, value))
  return Math.round(SLIDER_STEPS * Math.log(v / spec.min) / Math.log(spec.max / spec.min))
}

/** The value at a slider position, rounded to three significant figures on log fields. */
export function fromSlider(position: number, spec: FieldSpec): number {
  if (!Number.isFinite(position))
    throw new TypeError(`fromSlider: position for ${spec.key} must be finite, got ${position}`)
  if (spec.scale === 'linear')
    return clampField(position, spec)
  const t = Math.min(1, Math.max(0, position / SLIDER_STEPS))
  const raw = spec.min * (spec.max / spec.min) ** t
  return clampField(Number(raw.toPrecision(3)), spec)
}

/** GPU-hours the scenario pays for before the research multiplier. */
export function runGpuHours(s: Scenario): number {
  return s.mode === 'days' ? s.gpus * s.days * 24 : s.gpuHours
}

/** Days of round-the-clock use the GPU-hours mean on the chosen GPU count. */
export function runDays(s: Scenario): number {
  return s.mode === 'days' ? s.days : s.gpuHours / s.gpus / 24
}

/** The bill: GPU-hours × price per GPU-hour × (total compute ÷ final run). */
export function scenarioCost(s: Scenario): number {
  for (const key of ['gpus', 'days', 'gpuHours', 'price', 'multiplier'] as const) {
    const v = s[key]
    if (!Number.isFinite(v) || v < 0)
      throw new TypeError(`scenarioCost: ${key} must be a finite non-negative number, got ${v}`)
  }
  return runGpuHours(s) * s.price * s.multiplier
}

/** Switches between "days" and "GPU-hours", carrying the run's size over (clamped). */
export function withMode(s: Scenario, mode: TimeMode): Scenario {
  if (mode === s.mode)
    return { ...s }
  return mode === 'days'
    ? { ...s, mode, days: clampField(runDays(s), FIELDS.days) }
    : { ...s, mode, gpuHours: clampField(runGpuHours(s), FIELDS.gpuHours) }
}

/**
 * Every field clamped to its range: what arrives from another window is checked too. An
 * estimate id survives only when it names one of `estimateIds`.
 */
export function sanitiseScenario(s: Partial<Scenario>, fallback: Scenario, estimateIds: readonly string[] = []): Scenario {
  const pick = (key: FieldKey) => {
    const v = s[key]
    return typeof v === 'number' && Number.isFinite(v) ? clampField(v, FIELDS[key]) : fallback[key]
  }
  return {
    gpus: pick('gpus'),
    mode: s.mode === 'days' || s.mode === 'gpu-hours' ? s.mode : fallback.mode,
    days: pick('days'),
    gpuHours: pick('gpuHours'),
    price: pick('price'),
    multiplier: pick('multiplier'),
    ...(typeof s.estimate === 'string' && estimateIds.includes(s.estimate) ? { estimate: s.estimate } : {}),
  }
}

/** "$5.576M", "$61.68M", "$1.2B", "$480": up to four significant figures. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0)
    throw new TypeError(`formatUsd: expected a finite non-negative number, got ${value}`)
  const steps = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const
  const [div, suffix] = steps.find(([d]) => value >= d) ?? [1, '']
  const scaled = Number((value / div).toPrecision(4))
  // Rounding can carry 999.95K up to 1000K: print it as 1M instead.
  if (scaled >= 1000 && suffix !== 'T')
    return formatUsd(scaled * div)
  return `$${scaled.toLocaleString('en-US', { maximumFractionDigits: 3 })}${suffix}`
}

/** One term of a published estimate: a registry figure and what it counts. */
export interface PresetPart {
  label: string
  factId: string
  value: number
}

export interface Preset {
  id: string
  label: string
  /** The fields the preset sets (an estimate preset leaves the fields as they are). */
  scenario: Scenario
  /** Registry ids the preset's numbers come from: their sources are the preset's sources. */
  factIds: string[]
  /** Whose figures these are, for the line under the presets: "DeepSeek", "Epoch AI". */
  by: string
  /** The preset's formula with its numbers, so a reader can redo the sum. */
  formula: string
  /** A published all-in estimate: the parts it adds up, instead of GPU-hours × price. */
  parts?: PresetPart[]
}

/** A published estimate's total: the sum of its parts. */
export function estimateTotal(preset: Preset): number {
  if (!preset.parts?.length)
    throw new TypeError(`estimateTotal: preset "${preset.id}" is a GPU-hour scenario, not an estimate`)
  return preset.parts.reduce((sum, p) => sum + p.value, 0)
}

/** The facts a preset reads; `num` returns a registry number (or one end of a range). */
export type FactNumber = (id: string, end?: 'low' | 'high') => number

const usd = (v: number) => formatUsd(v)
const hours = (v: number) => formatShort(v, FIELDS.gpuHours)

/** "2.788M GPU-hours × $2.00 × 1× = $5.576M" for a GPU-hour scenario. */
export function scenarioFormula(s: Scenario): string {
  return `${hours(runGpuHours(s))} GPU-hours × ${formatField(s.price, FIELDS.price)} × ${formatField(s.multiplier, FIELDS.multiplier)} = ${usd(scenarioCost(s))}`
}

function estimate(id: string, label: string, by: string, base: Scenario, parts: PresetPart[]): Preset {
  const preset: Preset = { id, label, by, scenario: base, factIds: parts.map(p => p.factId), formula: '', parts }
  preset.formula = `${parts.map(p => `${usd(p.value)} ${p.label}`).join(' + ')} = ${usd(estimateTotal(preset))}`
  return preset
}

export function buildPresets(num: FactNumber): Preset[] {
  const v3: Scenario = {
    gpus: num('v3-gpu-count'),
    mode: 'gpu-hours',
    days: clampField(num('v3-gpu-hours') / num('v3-gpu-count') / 24, FIELDS.days),
    gpuHours: num('v3-gpu-hours'),
    price: num('v3-rental-price'),
    multiplier: 1,
  }
  const v3Ids = ['v3-gpu-count', 'v3-gpu-hours', 'v3-rental-price']
  const llama = { gpus: num('llama31-405b-gpu-count'), gpuHours: num('llama31-405b-gpu-hours') }
  // Interconnects' 2–4× is the compute of pre-training experiments, on top of the final run.
  const experiments = (end: 'low' | 'high'): Preset => {
    const scenario = { ...v3, multiplier: num('v3-experiment-multiple', end) }
    return { id: `v3-research-${end}`, label: `V3 + experiments ${scenario.multiplier}×`, scenario, factIds: [...v3Ids, 'v3-experiment-multiple'], by: 'DeepSeek; Interconnects (experiments)', formula: scenarioFormula(scenario) }
  }
  const llamaScenario = { ...v3, ...llama, days: clampField(llama.gpuHours / llama.gpus / 24, FIELDS.days) }
  return [
    { id: 'v3', label: 'V3 as published', scenario: v3, factIds: v3Ids, by: 'DeepSeek', formula: scenarioFormula(v3) },
    experiments('low'),
    experiments('high'),
    { id: 'llama', label: 'Llama 3.1 405B', scenario: llamaScenario, factIds: ['llama31-405b-gpu-count', 'llama31-405b-gpu-hours', 'v3-rental-price'], by: 'Meta; priced at DeepSeek’s rate', formula: scenarioFormula(llamaScenario) },
    estimate('r1-epoch', 'R1, Epoch AI', 'Epoch AI', v3, [
      { label: 'pre-training (DeepSeek)', factId: 'v3-pretraining-cost', value: num('v3-pretraining-cost') },
      { label: 'reinforcement learning (Epoch AI’s estimate)', factId: 'r1-rl-cost-epoch-estimate', value: num('r1-rl-cost-epoch-estimate') },
    ]),
    estimate('fleet-semianalysis', 'GPU fleet, SemiAnalysis', 'SemiAnalysis', v3, [
      { label: 'server capex', factId: 'deepseek-server-capex', value: num('deepseek-server-capex') },
      { label: 'operating cost', factId: 'deepseek-cluster-opex', value: num('deepseek-cluster-opex') },
    ]),
  ]
}

/** The cost a scenario shows: a chosen estimate's total, or GPU-hours × price × factor. */
export function shownCost(s: Scenario, presets: readonly Preset[]): number {
  const chosen = s.estimate ? presets.find(p => p.id === s.estimate && p.parts) : undefined
  return chosen ? estimateTotal(chosen) : scenarioCost(s)
}

/** The chosen estimate, or the preset whose numbers the scenario matches (the mode may differ). */
export function matchingPreset(s: Scenario, presets: readonly Preset[]): Preset | undefined {
  if (s.estimate)
    return presets.find(p => p.id === s.estimate && p.parts)
  const cost = scenarioCost(s)
  return presets.find(p => !p.parts && p.scenario.gpus === s.gpus && p.scenario.price === s.price
    && p.scenario.multiplier === s.multiplier && Math.abs(scenarioCost(p.scenario) - cost) < 1e-6 * cost)
}

export interface ComparisonInput {
  key: string
  value: number
}

export interface ComparisonBar extends ComparisonInput {
  /** Bar length on a zero-based scale, 0…width. */
  width: number
}

/** Zero-based bar lengths; the longest bar fills `width`. */
export function comparisonBars(rows: readonly ComparisonInput[], width: number): ComparisonBar[] {
  if (!(width > 0))
    throw new TypeError(`comparisonBars: width must be positive, got ${width}`)
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`comparisonBars: "${r.key}" needs a finite non-negative value, got ${r.value}`)
  }
  const max = Math.max(0, ...rows.map(r => r.value))
  const x = scaleLinear().domain([0, max || 1]).range([0, width])
  return rows.map(r => ({ ...r, width: x(r.value) }))
}
