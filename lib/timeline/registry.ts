/**
 * Reads a timeline's plain data against the fact registry: every date, every figure in a label
 * and every event's table words come from a fact, so the chart cannot disagree with a slide.
 */
import type { DateRef, TimelineInput } from '../../data/series/timeline-input'
import type { TimelineData } from './types'
import { monthYear, parseIsoDate, quarterStart, shortDate } from '../dates'
import { dateFact, displayFact, fillFacts, getFact, textFact } from '../facts'

/** How event dates read on the chart. */
export type TimelineDates = 'full' | 'short' | 'month'

const FACT_REF = /\{([a-z0-9-]+)\}/g

/** An ISO date from the registry, read the way the reference says. */
export function readDate(ref: DateRef): string {
  if (typeof ref === 'string')
    return dateFact(ref)
  if (ref.read === 'quarter')
    return quarterStart(textFact(ref.factId))
  const { asOf } = getFact(ref.factId)
  try {
    parseIsoDate(asOf)
  }
  catch {
    throw new TypeError(`Fact "${ref.factId}" has asOf ${JSON.stringify(asOf)}, but an ISO date was expected`)
  }
  return asOf
}

export { fillFacts }

function refId(ref: DateRef | null | undefined): string[] {
  return ref == null ? [] : [typeof ref === 'string' ? ref : ref.factId]
}

/** Every fact the timeline cites: its events' own first, then those behind other dates and figures. */
export function timelineFactIds(input: TimelineInput): string[] {
  const inText = (text = '') => [...text.matchAll(FACT_REF)].map(m => m[1])
  return [...new Set([
    ...input.events.map(e => e.factId),
    ...input.events.flatMap(e => [...refId(e.date), ...inText(e.label)]),
    ...input.bands.flatMap(b => [...refId(b.start), ...refId(b.end), ...inText(b.detail)]),
  ])]
}

/**
 * The timeline with its dates and figures read. Events keep their short label for the chart
 * and take their fact's label for the table. `dates` sets the date words on the chart: full
 * ("Jan 20, 2025"), short (no year, for an axis that shows years) or month ("Aug 2022").
 */
export function readTimeline(input: TimelineInput, dates: TimelineDates = 'full'): TimelineData {
  return {
    domain: input.domain,
    steps: input.steps,
    lanes: input.lanes,
    events: input.events.map(({ date, ...e }) => {
      const iso = readDate(date ?? e.factId)
      return {
        ...e,
        date: iso,
        label: fillFacts(e.label, displayFact),
        detail: getFact(e.factId).label,
        ...(dates === 'full' ? {} : { dateText: dates === 'short' ? shortDate(iso) : monthYear(iso) }),
      }
    }),
    bands: input.bands.map(b => ({
      ...b,
      start: b.start === null ? null : readDate(b.start),
      end: b.end === null ? null : readDate(b.end),
      ...(b.detail === undefined ? {} : { detail: fillFacts(b.detail) }),
    })),
  }
}
