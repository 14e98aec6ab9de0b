/**
 * What <Fact> shows for a registry id: why it cannot show it (unknown or unverified id, an
 * unknown source), else its tooltip lines. Pure: no Vue, no DOM.
 */
import type { Fact } from '../data/types'
import { formatDate } from './format'
import { findSource, printedVariants, publisherLabel, sourceNumber } from './sources'

/** Why the fact with this id may not be shown, or null when it may. */
export function factProblem(id: string, fact: Fact | undefined): string | null {
  if (!fact)
    return `unknown fact id “${id}”`
  if (fact.confidence === 'unverified')
    return `fact “${id}” is unverified and may not be shown`
  const missing = [...fact.sources, ...(fact.variants ?? []).flatMap(v => v.sourceIds)].find(s => !findSource(s))
  if (missing)
    return `fact “${id}” cites unknown source “${missing}”`
  return null
}

export interface FactTipLine {
  kind: 'claim' | 'source' | 'derived' | 'variant'
  text: string
}

/** The tooltip, one line each: who claims it, the sources, the derivation, the other figures. */
export function factTipLines(f: Fact): FactTipLine[] {
  const out: FactTipLine[] = []
  if (f.claimedBy)
    out.push({ kind: 'claim', text: `Claimed by ${f.claimedBy}.` })
  for (const id of f.sources) {
    const s = findSource(id)!
    out.push({ kind: 'source', text: `[${sourceNumber(id)}] ${publisherLabel(s)}, ${formatDate(s.date)}${s.url ? '' : ' (no public copy)'}` })
  }
  if (f.derived)
    out.push({ kind: 'derived', text: `Derived: ${f.derived}` })
  for (const v of printedVariants(f))
    out.push({ kind: 'variant', text: `Also published: ${v.value} ${v.refs}, ${v.reason}` })
  return out
}
