/**
 * The source registry read for display: lookups by id, the numbered bibliography, labels that
 * show the syndication path and chart source lines (a chart's CSV: lib/dataset-csv.ts). Pure: no
 * Vue, no DOM.
 */
import type { Fact, Source } from '../data/types'
import { sources as allSources } from '../data/sources'
import { getFact } from './facts'
import { formatDate, formatValue } from './format'

const byId = new Map<string, Source>()
for (const source of allSources) {
  if (byId.has(source.id))
    throw new Error(`Duplicate source id "${source.id}" in data/sources.ts`)
  byId.set(source.id, source)
}

export class MissingSourceError extends Error {
  constructor(readonly sourceId: string, readonly factId?: string) {
    super(`Unknown source id "${sourceId}"${factId ? ` cited by fact "${factId}"` : ''}: add it to data/sources.ts or fix the citation.`)
    this.name = 'MissingSourceError'
  }
}

/** The source with this id, or undefined. */
export function findSource(id: string): Source | undefined {
  return byId.get(id)
}

/** The source with this id; throws a MissingSourceError naming it when it is absent. */
export function getSource(id: string, factId?: string): Source {
  const source = byId.get(id)
  if (!source)
    throw new MissingSourceError(id, factId)
  return source
}

/** A fact's sources, in the order it cites them. */
export function sourcesOf(fact: Pick<Fact, 'id' | 'sources'>): Source[] {
  return fact.sources.map(id => getSource(id, fact.id))
}

/** Where a click on the figure goes: the first cited source that has a public copy. */
export function linkOf(fact: Pick<Fact, 'id' | 'sources'>): string | undefined {
  return sourcesOf(fact).find(s => s.url)?.url
}

/** "Reuters, via The Japan Times": the publisher, and the licensed partner whose copy is linked. */
export function publisherLabel(source: Source): string {
  return source.via ? `${source.publisher}, via ${source.via}` : source.publisher
}

export interface BibliographyEntry {
  /** 1-based: what a tooltip's "[12]" points to. */
  n: number
  source: Source
}

/**
 * Every source once, numbered: by publisher, then date, then title, so a reader finds an
 * entry the way they would in a printed bibliography.
 */
export function numberSources(list: readonly Source[]): BibliographyEntry[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  return [...list]
    .sort((a, b) => collator.compare(a.publisher, b.publisher) || a.date.localeCompare(b.date) || collator.compare(a.title, b.title))
    .map((source, i) => ({ n: i + 1, source }))
}

export const bibliography: readonly BibliographyEntry[] = numberSources(allSources)
const numbers = new Map(bibliography.map(e => [e.source.id, e.n]))

/** The source's number in the bibliography. */
export function sourceNumber(id: string): number {
  const n = numbers.get(id)
  if (n === undefined)
    throw new MissingSourceError(id)
  return n
}

/** "[3, 12]": bibliography numbers for a list of source ids, in ascending order. */
export function sourceRefs(ids: readonly string[]): string {
  return `[${[...new Set(ids.map(sourceNumber))].sort((a, b) => a - b).join(', ')}]`
}

/** "[24, 26, 48]": bibliography numbers of the sources the facts with these ids cite. */
export function factRefs(factIds: readonly string[]): string {
  return sourceRefs(factIds.flatMap(id => getFact(id).sources))
}

export interface PrintedVariant {
  /** The other figure, printed with the fact's format (and the variant's overrides). */
  value: string
  /** "[3, 12]" */
  refs: string
  reason: string
}

/** A fact's other published figures, ready to print: value, bibliography numbers, reason. */
export function printedVariants(fact: Pick<Fact, 'id' | 'format' | 'variants'>): PrintedVariant[] {
  return (fact.variants ?? []).map((v) => {
    for (const id of v.sourceIds)
      getSource(id, fact.id)
    return { value: formatValue(v.value, { ...fact.format, ...v.format }), refs: sourceRefs(v.sourceIds), reason: v.reason }
  })
}

/** Each distinct publisher once, in first-seen order, with its latest cited date. */
export function outletsOf(facts: readonly Fact[]): { outlet: string, date: string }[] {
  const latest = new Map<string, string>()
  for (const source of facts.flatMap(sourcesOf)) {
    const seen = latest.get(source.publisher)
    if (seen === undefined || source.date > seen)
      latest.set(source.publisher, source.date)
  }
  return [...latest].map(([outlet, date]) => ({ outlet, date }))
}

/** "Source: Reuters (Jan 27, 2025); CNBC (Jan 28, 2025)". */
export function sourceLine(facts: readonly Fact[]): string {
  const outlets = outletsOf(facts)
  if (outlets.length === 0)
    throw new Error('sourceLine: a chart needs at least one sourced fact')
  const label = outlets.length === 1 ? 'Source' : 'Sources'
  return `${label}: ${outlets.map(o => `${o.outlet} (${formatDate(o.date)})`).join('; ')}`
}

/** "Reuters, via The Japan Times, “Title”, Jan 27, 2025". */
export function citation(source: Source): string {
  return `${publisherLabel(source)}, “${source.title}”, ${formatDate(source.date)}`
}
