/**
 * A timeline once its dates are read (ISO strings, no fact references), and the same timeline
 * laid out in viewBox units.
 */
import type { BandStatus, TimelineBandInput, TimelineEventInput, TimelineLane } from '../../data/series/timeline-input'
import type { Anchor } from '../labels'
import type { AxisTick } from './axis'
import type { LeaderSpan } from './leaders'

export type { BandStatus, TimelineLane }

export interface TimelineEvent extends Omit<TimelineEventInput, 'date' | 'factId'> {
  /** ISO date. */
  date: string
  /** Longer words for the data table (defaults to the label). */
  detail?: string
  /** Date text on the chart; defaults to the full date ("Jan 20, 2025"). */
  dateText?: string
  factId?: string
}

export interface TimelineBand extends Omit<TimelineBandInput, 'start' | 'end'> {
  /** ISO date; null: the period began before the axis starts. */
  start: string | null
  /** ISO date; null: still running when the axis ends. */
  end: string | null
}

export interface TimelineData {
  /** First and last day on the axis, 'YYYY-MM-DD'. */
  domain: [string, string]
  lanes: TimelineLane[]
  events: TimelineEvent[]
  bands: TimelineBand[]
  steps: number
}

export interface TimelineOptions {
  width: number
  marginLeft: number
  marginRight?: number
  fontSize?: number
  tierHeight?: number
  bandHeight?: number
  laneGap?: number
  axisHeight?: number
  /** Months between minor (unlabelled-year) ticks; 0 for year ticks only. */
  minorMonths?: number
  /** Labels are placed by an estimate of their width times this (more than 1: room to spare). */
  measureScale?: number
  /** Height of the key row under the axis, when the chart needs a key. */
  keyHeight?: number
}

/**
 * One entry of the key under the axis: a band style whose bands are too narrow to carry their
 * own label, or a guide line. Every mark style on the chart is then named in words.
 */
export interface KeyItem {
  kind: 'band' | 'guide'
  /** The band status it shows (kind band). */
  status?: BandStatus
  label: string
  /** Where the swatch starts, and the text. */
  x: number
  textX: number
  /** The key's row, when a narrow chart needs more than one (rows below the first only). */
  row?: number
}

export interface LaidLane extends TimelineLane {
  top: number
  bottom: number
  /** Vertical centre of the lane's name in the left margin. */
  labelY: number
}

export interface LaidEvent extends TimelineEvent {
  x: number
  dotY: number
  tier: number
  anchor: Anchor
  /** Where the text starts (anchor start) or ends (anchor end), and its baseline. */
  textX: number
  textY: number
  /** The leader line, from just above the dot up to its label. */
  leader: LeaderSpan
  text: string
  dateLabel: string
}

export interface LaidBand extends TimelineBand {
  x0: number
  /** Final right edge, and the right edge while the end is not yet revealed. */
  x1: number
  openX1: number
  y: number
  height: number
  openLeft: boolean
  openRight: boolean
  /** The label fits inside the band at its final width. */
  labelFits: boolean
}

export interface TimelineLayout {
  width: number
  height: number
  plotLeft: number
  plotRight: number
  axisY: number
  lanes: LaidLane[]
  events: LaidEvent[]
  bands: LaidBand[]
  ticks: AxisTick[]
  /** Text size in viewBox units: the component sets it on the SVG, so text matches its layout. */
  fontSize: number
  /** The key row under the axis: empty when every mark carries its own words. */
  key: KeyItem[]
  keyY: number
  /** Guide lines run through the band rows only (0 and 0 without band rows). */
  guideTop: number
  guideBottom: number
  crossings: number
}
