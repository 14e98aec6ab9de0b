/**
 * What the article the talk began from (Izvestia, January 2025, read in machine translation) got
 * wrong, each once. A slide shows one as a small marker (<Correction id="…" />), and the appendix
 * slide "What the article got wrong" tables them all. `said` paraphrases the article in a few
 * words (never its sentences); `fact` is the correction, with figures as {fact-id} so they print
 * from the registry.
 */
import type { Act } from './types'

export interface Correction {
  id: string
  act: Act
  /** The article's claim, in a few words of our own. */
  said: string
  /** What is right, with figures as {fact-id}. One sentence. */
  fact: string
}

export const CORRECTIONS: readonly Correction[] = [
  { id: 'andreessen-name', act: 'sputnik', said: '“Mark Andriessen”', fact: 'Marc Andreessen, of Netscape and a16z' },
  { id: 'store-ranks', act: 'sputnik', said: 'first in Apple’s and Google’s stores', fact: 'only on Apple’s US store; No. {play-rank-us} on US Google Play' },
  { id: 'registered-capital', act: 'origin', said: 'founded with 10 million yuan of capital', fact: 'no record confirms the sum; the money is High-Flyer’s' },
  { id: 'v3-penultimate', act: 'origin', said: 'V3 was the “penultimate” model', fact: 'V3 ({deepseek-v3-release}) is the base R1 is built on' },
  { id: 'rivals-subscription', act: 'origin', said: 'US rivals all need a subscription', fact: 'Llama’s weights and basic ChatGPT are free' },
  { id: 'r1-cost', act: 'cost', said: 'R1 cost about $5.5M, found indirectly', fact: 'DeepSeek published {v3-final-run-cost} itself, for V3’s final run; R1’s own stage cost {r1-rl-cost}' },
  { id: 'dozens-cheaper', act: 'cost', said: '“dozens of times cheaper”, without saying at what', fact: 'to use, at list prices: {price-gap-multiple} cheaper than o1' },
  { id: 'embargo-2010s', act: 'controls', said: 'a chip embargo since the late 2010s', fact: 'AI-chip controls began {control-2022-08-nvidia-letter}' },
  { id: 'stimulated-innovation', act: 'controls', said: 'the bans “only stimulated innovation”', fact: 'that is opinion, and experts disagree' },
  { id: 'value-before-fall', act: 'market', said: 'Nvidia’s value “before the fall”', fact: '{nvidia-value-2025-01-21-usd} on Jan 21; at the last close before the fall, {nvidia-value-2025-01-24-usd}' },
  { id: 'wealth-source', act: 'market', said: 'a billionaire loss with no source', fact: 'the figure is the Bloomberg Billionaires Index’s; Forbes counts differently' },
  { id: 'nearly-ten-years', act: 'market', said: 'the Nasdaq took nearly ten years to recover', fact: '{nasdaq-recovery-years}, from record close to record close' },
  { id: 'demand-not-attacks', act: 'caveats', said: 'sign-ups stopped because of demand', fact: 'DeepSeek cited attacks, which NSFOCUS logged' },
  { id: 'independent-tests', act: 'caveats', said: 'independent tests showed it level', fact: 'these are DeepSeek’s own scores' },
  { id: 'nadella-competition', act: 'lessons', said: 'Nadella welcomed competition', fact: 'he meant cheaper AI gets used more' },
]
