/**
 * The calculator's fields: their ranges, forgiving parsing of what a reader types, clamping,
 * printing and the slider mapping. Pure: no Vue, no DOM.
 */

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

export type ParseProblem = 'empty' | 'not-a-number' | 'negative' | 'too-large'

export type FieldParse
  = | { ok: true, value: number, clamped: boolean, message: string }
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
