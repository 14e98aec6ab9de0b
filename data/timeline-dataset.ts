/** What the two timeline charts share: registry dates, and the dataset + spec built from a TimelineData. */
import type { TimelineData, TimelineRow } from '../lib/timeline'
import type { ChartDataset, ChartSpec, DatasetColumn } from './types'
import { timelineMarksAt, timelineRows } from '../lib/timeline'
import { getFact } from '../lib/facts'

/** A milestone's ISO date, straight from the registry. */
export function factDate(id: string): string {
  const value = getFact(id).value
  if (typeof value !== 'string')
    throw new TypeError(`${id} must be an ISO date string`)
  return value
}

export interface TimelineDatasetOptions {
  id: string
  title: string
  /** Facts the chart cites beyond its events' own (bands, labels). */
  extraFactIds: string[]
  /** Column labels for the table and CSV: date, until, lane, what. */
  labels: { date: string, until: string, lane: string, what: string }
}

/** The dataset (table, CSV, source line) and the ChartSpec (browser mark counts) of one timeline. */
export function timelineDataset(data: TimelineData, o: TimelineDatasetOptions): { dataset: ChartDataset<TimelineRow>, spec: ChartSpec } {
  const columns: DatasetColumn<TimelineRow>[] = (['date', 'until', 'lane', 'what'] as const).map(key => ({ key, label: o.labels[key] }))
  return {
    dataset: {
      id: o.id,
      title: o.title,
      factIds: [...data.events.map(e => e.factId!), ...o.extraFactIds],
      columns,
      rows: timelineRows(data),
    },
    spec: { chartId: o.id, steps: data.steps, marksAtStep: step => timelineMarksAt(data, step) },
  }
}
