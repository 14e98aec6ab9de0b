import type { Act, Fact } from '../types'
import { ACTS } from '../types'
import { caveatsFacts } from './caveats'
import { controlsFacts } from './controls'
import { costFacts } from './cost'
import { lessonsFacts } from './lessons'
import { marketFacts } from './market'
import { milestoneFacts } from './milestones'
import { originFacts } from './origin'
import { sputnikFacts } from './sputnik'

/** Every fact, in deck order. One file per act keeps each act's edits apart. */
export const allFacts: readonly Fact[] = [
  ...sputnikFacts,
  ...originFacts,
  ...milestoneFacts,
  ...costFacts,
  ...controlsFacts,
  ...marketFacts,
  ...caveatsFacts,
  ...lessonsFacts,
]

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

/** Facts grouped by act, for the sources slides. */
export function factsByAct(): Map<Act, Fact[]> {
  const groups = new Map<Act, Fact[]>(ACTS.map(act => [act, []]))
  for (const fact of allFacts)
    groups.get(fact.act)!.push(fact)
  return groups
}
