/** A timeline as table rows: what its Table view and CSV show, one row per event or period. */
import type { BandStatus, TimelineData } from './types'
import { parseIsoDate } from '../dates'

export interface TimelineRow {
  /** ISO start date ('' when the period began before the axis). */
  date: string
  /** ISO end date for periods ('' for events and open periods). */
  until: string
  lane: string
  what: string
  /** Build step that reveals the row's mark. */
  step: number
  /** The event or band the row stands for (their ids may repeat across the two kinds). */
  kind: 'event' | 'band'
  id: string
}

const STATUS_WORDS: Record<BandStatus, string> = {
  allowed: 'could be sold to China',
  licence: 'licence required (in practice, banned)',
  promised: 'licences promised',
}

/** The timeline as table rows, in date order; periods open at the start come first. */
export function timelineRows(data: TimelineData): TimelineRow[] {
  const laneLabel = new Map(data.lanes.map(l => [l.id, l.label]))
  const rows: (TimelineRow & { sort: number })[] = [
    ...data.events.map(e => ({
      date: e.date,
      until: '',
      lane: laneLabel.get(e.lane) ?? e.lane,
      what: e.detail ?? e.label,
      step: e.step,
      kind: 'event' as const,
      id: e.id,
      sort: parseIsoDate(e.date).start.getTime(),
    })),
    ...data.bands.map(b => ({
      date: b.start ?? '',
      until: b.end ?? '',
      lane: laneLabel.get(b.lane) ?? b.lane,
      what: b.detail ?? STATUS_WORDS[b.status],
      step: b.step,
      kind: 'band' as const,
      id: b.id,
      sort: b.start === null ? -Infinity : parseIsoDate(b.start).start.getTime(),
    })),
  ]
  return rows.sort((a, b) => a.sort - b.sort).map(({ sort: _sort, ...row }) => row)
}
