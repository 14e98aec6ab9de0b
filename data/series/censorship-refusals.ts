/**
 * The waffle of the censorship-refusals chart (lib/charts/censorship-refusals.ts): Promptfoo's
 * test of R1 on prompts about topics sensitive in China, as one grid of squares.
 */

/** Share of the prompts that got a canned refusal (percent). */
export const CENSORSHIP_SHARE_FACT = 'censorship-refusal-pct'
/** How many prompts the test sent. */
export const CENSORSHIP_PROMPTS_FACT = 'censorship-prompt-count'

/** The grid is SIDE × SIDE squares, so one square is one percent of the prompts. */
export const CENSORSHIP_GRID_SIDE = 10

export interface CensorshipOutcomeInput {
  key: 'refused' | 'other'
  outcome: string
  side: 'deepseek' | 'neutral'
}

/** Refusals first: they fill the grid from the top left. */
export const CENSORSHIP_OUTCOMES: readonly CensorshipOutcomeInput[] = [
  { key: 'refused', outcome: 'Canned refusal', side: 'deepseek' },
  { key: 'other', outcome: 'No canned refusal', side: 'neutral' },
]
