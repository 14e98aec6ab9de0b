/**
 * Reading the fact registry: lookups by id and typed accessors, so no chart or widget writes its
 * own "this fact must be a number" check. Each accessor names the fact and what it holds when
 * the registry disagrees with the caller.
 */
import type { Fact } from '../data/types'
import { allFacts } from '../data/facts'
import { formatValue } from './format'

const byId = new Map<string, Fact>()
for (const fact of allFacts) {
  if (byId.has(fact.id))
    throw new Error(`Duplicate fact id "${fact.id}" in data/facts/`)
  byId.set(fact.id, fact)
}

export class MissingFactError extends Error {
  constructor(readonly factId: string) {
    super(`Unknown fact id "${factId}": add it to data/facts/ or fix the slide.`)
    this.name = 'MissingFactError'
  }
}

/** The fact with this id, or undefined. */
export function findFact(id: string): Fact | undefined {
  return byId.get(id)
}

/** The fact with this id; throws a MissingFactError naming the id when it is absent. */
export function getFact(id: string): Fact {
  const fact = byId.get(id)
  if (!fact)
    throw new MissingFactError(id)
  return fact
}

function kindOf(fact: Fact): string {
  const v = fact.value
  return typeof v === 'number' ? `the number ${v}` : typeof v === 'string' ? `the text "${v}"` : `the range ${v.low}–${v.high}`
}

function wrongKind(fact: Fact, wanted: string): TypeError {
  return new TypeError(`Fact "${fact.id}" holds ${kindOf(fact)}, but ${wanted} was expected`)
}

/** A fact whose value is a single number. */
export function numberFact(id: string): number {
  const fact = getFact(id)
  if (typeof fact.value !== 'number')
    throw wrongKind(fact, 'a number')
  return fact.value
}

/** A fact whose value is a low–high range (sources disagree). */
export function rangeFact(id: string): { low: number, high: number } {
  const fact = getFact(id)
  if (typeof fact.value !== 'object')
    throw wrongKind(fact, 'a range')
  return fact.value
}

/** A number, or one end of a range: for arithmetic that accepts either. */
export function numberOrEnd(id: string, end: 'low' | 'high' = 'low'): number {
  const fact = getFact(id)
  if (typeof fact.value === 'number')
    return fact.value
  if (typeof fact.value === 'object')
    return fact.value[end]
  throw wrongKind(fact, 'a number or a range')
}

/** A fact whose value is an ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateFact(id: string): string {
  const fact = getFact(id)
  if (typeof fact.value !== 'string' || !/^\d{4}(?:-\d{2}){0,2}$/.test(fact.value))
    throw wrongKind(fact, 'an ISO date')
  return fact.value
}

/** A fact whose value is a short text. */
export function textFact(id: string): string {
  const fact = getFact(id)
  if (typeof fact.value !== 'string')
    throw wrongKind(fact, 'a text')
  return fact.value
}

/** The value as the deck prints it, with its qualifier and unit: "~$78M", "−17%". */
export function printedFact(id: string): string {
  const fact = getFact(id)
  return formatValue(fact.value, fact.format)
}

/**
 * The value as a chart label prints it: like printedFact, but a percentage to a whole number
 * ("−17%", not "−16.97%"); the exact value stays in the tooltip, the table and the CSV.
 */
export function displayFact(id: string): string {
  const fact = getFact(id)
  return formatValue(fact.value, fact.format.style === 'percent' ? { ...fact.format, digits: 0 } : fact.format)
}

const FACT_REF = /\{([a-z0-9-]+)\}/g

/** A text with `{fact-id}` placeholders, split into plain text and fact references. */
export type TemplatePart = { text: string } | { factId: string }

/** "No. {play-rank-us} on Google Play" → text, fact, text; an unknown id throws, naming it. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let last = 0
  for (const match of template.matchAll(FACT_REF)) {
    getFact(match[1])
    if (match.index > last)
      parts.push({ text: template.slice(last, match.index) })
    parts.push({ factId: match[1] })
    last = match.index + match[0].length
  }
  if (last < template.length)
    parts.push({ text: template.slice(last) })
  return parts
}

/**
 * "{v3-gpu-count} H800s" → "2,048 H800s": each `{fact-id}` printed as the deck prints it, or
 * as a chart label does (`displayFact`).
 */
export function fillFacts(template: string, print: (id: string) => string = printedFact): string {
  return templateParts(template).map(p => ('text' in p ? p.text : print(p.factId))).join('')
}

export { allFacts }
