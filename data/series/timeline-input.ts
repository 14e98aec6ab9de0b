/**
 * The shape of a timeline chart's plain data: lanes, events and periods, each naming the
 * registry facts its dates and figures come from. lib/timeline/ reads the facts.
 */

/**
 * Where a date comes from: the id of a fact whose value is an ISO date, or a fact read another
 * way: "quarter", the month a quarter text ("Q1 2024") starts; "asOf", the day a figure was
 * measured.
 */
export type DateRef = string | { factId: string, read: 'quarter' | 'asOf' }

export interface TimelineLane {
  id: string
  label: string
  /** Event lanes hold dots with stacked labels; band lanes hold one row of periods. */
  kind: 'events' | 'bands'
}

/** allowed: could be sold legally; licence: a licence was required (in practice, banned); promised: licences promised. */
export type BandStatus = 'allowed' | 'licence' | 'promised'

/** Text in which `{fact-id}` stands for that fact as the deck prints it: "{v3-gpu-count} H800s". */
export type FactText = string

export interface TimelineEventInput {
  id: string
  lane: string
  /** The event's fact: its label is the table's words, its value the date (unless `date` says otherwise). */
  factId: string
  date?: DateRef
  /** Short words after the date on the chart. */
  label: FactText
  /** Build step that reveals it. */
  step: number
  /** Draw a faint vertical guide through the band rows (a date the other lanes should be read against); the key names it. */
  guide?: boolean
}

export interface TimelineBandInput {
  id: string
  lane: string
  /** null: the period began before the axis starts. */
  start: DateRef | null
  /** null: still running when the axis ends. */
  end: DateRef | null
  status: BandStatus
  label: string
  /** Longer words for the data table (defaults to the status in words). */
  detail?: FactText
  step: number
  /** Until this step the band runs on to the axis end: its end is not yet part of the story. */
  endStep?: number
}

export interface TimelineInput {
  /** First and last day on the axis, 'YYYY-MM-DD'. */
  domain: [string, string]
  /** Build steps: the slide declares `clicks: steps - 1`. */
  steps: number
  lanes: TimelineLane[]
  events: TimelineEventInput[]
  bands: TimelineBandInput[]
}
