/**
 * A calculator scenario and its bill: GPU-hours (or days × GPUs) × price × research factor,
 * checked and clamped when it arrives from another window, printed in dollars. Pure.
 */
import type { FieldKey, TimeMode } from './fields'
import { clampField, FIELDS } from './fields'

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
