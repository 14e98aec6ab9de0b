import type { Fact } from '../types'

// Lessons: what Nadella and Altman actually said, and what 2025 brought.

/** A quoted post, attributed to the person who wrote it. */
function quote(id: string, label: string, words: string, asOf: string, sources: string[], claimedBy: string, note?: string, background?: true): Fact {
  return {
    id,
    act: 'lessons',
    label,
    value: `“${words}”`,
    unit: 'quote',
    format: { style: 'text' },
    asOf,
    confidence: 'high',
    sources,
    claimedBy,
    ...(note ? { note } : {}),
    ...(background ? { background } : {}),
  }
}

export const lessonsFacts: Fact[] = [
  quote(
    'nadella-jevons-quote',
    'Satya Nadella’s post, late Sunday Jan 26, 2025 (PT)',
    'Jevons paradox strikes again!',
    '2025-01-27',
    ['nadella-x-2025-01-27-jevons', 'fortune-2025-01-27-nadella-jevons'],
    'Satya Nadella, Microsoft’s chief executive',
    'Posted 05:48 UTC on Jan 27 (derived from the post id). About efficiency raising total demand, not about competition.',
    true,
  ),
  quote(
    'nadella-jevons-use',
    'Satya Nadella’s post: what cheaper AI leads to',
    'As AI gets more efficient and accessible, we will see its use skyrocket',
    '2025-01-27',
    ['nadella-x-2025-01-27-jevons', 'fortune-2025-01-27-nadella-jevons'],
    'Satya Nadella, Microsoft’s chief executive',
    undefined,
    true,
  ),
  quote(
    'altman-competitor-quote',
    'Sam Altman on R1, Monday night Jan 27, 2025 (US)',
    'legit invigorating to have a new competitor',
    '2025-01-27',
    ['business-standard-2025-01-28-altman-reacts'],
    'Sam Altman, OpenAI’s chief executive',
    'He also called R1 impressive “for the price” and said OpenAI would “pull up some releases”. Quoted in the notes of the Jevons slide, not on screen.',
    true,
  ),
  quote(
    'altman-releases-quote',
    'Sam Altman’s promise in the same post',
    'we will pull up some releases',
    '2025-01-27',
    ['business-standard-2025-01-28-altman-reacts'],
    'Sam Altman, OpenAI’s chief executive',
    undefined,
    true,
  ),
  quote(
    'altman-compute-quote',
    'Sam Altman’s follow-up on compute',
    'more important now than ever',
    '2025-01-27',
    ['business-standard-2025-01-28-altman-reacts'],
    'Sam Altman, OpenAI’s chief executive',
    undefined,
    true,
  ),
  {
    id: 'r1-cost-disclosure',
    act: 'lessons',
    label: 'DeepSeek discloses R1’s reasoning-stage training cost in a peer-reviewed Nature paper',
    value: '2025-09',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-09',
    confidence: 'medium',
    sources: ['nature-2025-09-17-r1-paper', 'techspot-2025-09-19-r1-training-cost'],
    note: 'The amount is r1-rl-cost (data/facts/cost.ts).',
  },
]
