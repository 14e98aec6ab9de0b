/**
 * All that <Fact> shows for an id, from the fact and source registries: the printed text, the
 * link, the tooltip lines, or why it may not be shown. Components load this module on demand
 * (composables/useFactView.ts), so a slide's figure can paint before the registries arrive.
 */
import type { Fact } from '../data/types'
import type { FactTipLine } from './fact-tip'
import { factProblem, factTipLines } from './fact-tip'
import { findFact } from './facts'
import { formatValue } from './format'
import { linkOf } from './sources'

export type FactView
  = | { problem: string }
    | { problem: null, fact: Fact, text: string, href: string | undefined, lines: FactTipLine[] }

/** `text` replaces the printed value (e.g. "about $590B"); the link and tooltip stay the fact's. */
export function factView(id: string, text?: string): FactView {
  const fact = findFact(id)
  const problem = factProblem(id, fact)
  if (problem || !fact)
    return { problem: problem ?? `unknown fact id “${id}”` }
  return {
    problem: null,
    fact,
    text: text ?? formatValue(fact.value, fact.format),
    // Only a source with a public copy can be opened; without one the figure is focusable text.
    href: linkOf(fact),
    lines: factTipLines(fact),
  }
}
