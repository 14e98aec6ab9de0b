/** The fact registry's types. Every figure on a slide is a `Fact`; every chart's data a `ChartDataset`. */

/** high/medium are stated as fact; low is shown as a reported claim; unverified is never shown. */
export type Confidence = 'high' | 'medium' | 'low' | 'unverified'

/** The acts, in deck order; the sources slides group facts by these. */
export const ACTS = ['sputnik', 'origin', 'cost', 'controls', 'market', 'caveats', 'lessons'] as const
export type Act = typeof ACTS[number]

/**
 * One publication, once: data/sources.ts holds them all and facts cite them by id. The
 * bibliography numbers them, so a figure's tooltip can say "[12]".
 */
export interface Source {
  /** Kebab-case, publisher-date-topic: "reuters-2025-01-27-ai-rout". */
  id: string
  /** Who published the text (Reuters, CNBC, DeepSeek, Meta…), even when a partner's copy is linked. */
  publisher: string
  /** The exact headline or document title, as published. */
  title: string
  /** Publication date, YYYY-MM-DD (or YYYY-MM where only the month is known). */
  date: string
  /** https only: the publisher's own page, or the licensed partner's named in `via`. */
  url?: string
  /** A licensed syndication partner whose copy `url` points to: "Reuters, via The Japan Times". */
  via?: string
  /** No acceptable public copy exists: the citation stands without a link. */
  noPublicCopy?: true
  /** A few words after the title: "in Chinese", "post on X". */
  note?: string
}

/**
 * A figure another source gives for the same thing, and why it differs: shown in the figure's
 * tooltip and on the sources slides, so a contested number is shown, not hidden.
 */
export interface FactVariant {
  value: FactValue
  /** Printed with the fact's format, overridden here (e.g. a "~" for a rounded headline). */
  format?: Partial<FactFormat>
  sourceIds: string[]
  /** Why it differs: "close-to-close, Bloomberg share count", "intraday, rounded". */
  reason: string
}

/** How `lib/format.ts` prints a value. */
export interface FactFormat {
  style: 'usd' | 'cny' | 'number' | 'percent' | 'multiple' | 'date' | 'text'
  /** Significant digits for numbers (default: as needed, up to 3 decimals). */
  digits?: number
  /** Fixed magnitude suffix: 1e3 → K, 1e6 → M, 1e9 → B, 1e12 → T. */
  scale?: 'K' | 'M' | 'B' | 'T'
  /** Show + on positive values (market moves). */
  signed?: boolean
  /** Words after the number, e.g. "GPU-hours". */
  suffix?: string
  /** Prefix such as "~" or ">" when the source gives an approximation or a floor. */
  qualifier?: '~' | '>' | '<' | '≈'
}

/** A number, a low–high range where sources disagree, or a date / short text. */
export type FactValue = number | { low: number, high: number } | string

export interface Fact {
  id: string
  act: Act
  /** What the value measures, in a few words: the sources slide lists it. */
  label: string
  value: FactValue
  /** Unit in words: "USD", "percent", "GPUs", "GPU-hours", "date"… */
  unit: string
  format: FactFormat
  /** When the value was true or published, YYYY-MM-DD or YYYY-MM. */
  asOf: string
  confidence: Confidence
  /** Ids in data/sources.ts; the first is the link a click opens (the first with a URL). */
  sources: string[]
  /** Whose claim this is, when the deck relays it rather than states it: "Nvidia", "DeepSeek". */
  claimedBy?: string
  /** Other published figures for the same quantity, each with its sources and reason. */
  variants?: FactVariant[]
  /** Our own arithmetic on sourced inputs, with the formula. */
  derived?: string
  /** Defined for a chart or the record, not cited inline on a slide. */
  background?: boolean
  note?: string
}

export interface DatasetColumn<Row> {
  key: keyof Row & string
  label: string
  unit?: string
}

/** One chart's data: rendered as the chart, its data table, and a CSV download. */
export interface ChartDataset<Row extends object = Record<string, string | number>> {
  /** File-safe id: the CSV is served as data/<id>.csv. */
  id: string
  title: string
  /** Facts whose sources make up the chart's source line. */
  factIds: string[]
  columns: DatasetColumn<Row>[]
  rows: Row[]
}

/**
 * What the browser walk and the PDF check need to know about a chart, made by defineChart from
 * its definition in lib/charts/<id>.ts (data/series/ holds only the rows): the root SVG carries
 * data-chart="<chartId>", and each counted mark has class "mark" with data-shown="true" once
 * revealed.
 */
export interface ChartSpec {
  chartId: string
  /** Number of build steps; the slide declares `clicks: steps - 1`. */
  steps: number
  /** How many marks are shown at a step (clamped like the chart). */
  marksAtStep: (step: number) => number
}
