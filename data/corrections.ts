/**
 * Every figure the article the talk began from (Izvestia, January 2025, read in machine
 * translation) states, checked: what it said, the verdict, what is right, and the slide that
 * shows it. The appendix slide "What the article said, checked" tables them all; the wrong and
 * imprecise ones, slips aside, are the CORRECTIONS, and a slide may show one as a small marker
 * (<Correction id="…" />). `said` paraphrases the article in a few words (never its sentences);
 * `fact` says what is right, with figures as {fact-id} so they print from the registry.
 */
import type { Act } from './types'

export type Verdict = 'right' | 'imprecise' | 'wrong'

export interface ArticleFigure {
  id: string
  act: Act
  /** The article's claim, in a few words of our own, with its own numbers. */
  said: string
  verdict: Verdict
  /** The registry fact that holds what is right. */
  factId: string
  /** What is right, with figures as {fact-id}. One short sentence. */
  fact: string
  /** The article's numbers this row accounts for, written as the seed fingerprint keys them. */
  numbers?: readonly string[]
  /** A keyword of the title of the slide that shows it: titles outlive slide numbers. */
  onSlide: string
  /** A slip (a misspelt name): listed in the table, never marked on a slide. */
  trivial?: true
}

export const ARTICLE_FIGURES: readonly ArticleFigure[] = [
  // ── Act 1 ──
  { id: 'r1-release-date', act: 'sputnik', said: 'R1 came out on January 20', verdict: 'right', factId: 'deepseek-r1-release', fact: '{deepseek-r1-release}', numbers: ['20', '1'], onSlide: 'built on V3' },
  { id: 'store-ranks', act: 'sputnik', said: 'first in Apple’s and Google’s stores', verdict: 'imprecise', factId: 'play-rank-us', fact: 'only on Apple’s US store; No. {play-rank-us} on US Google Play', onSlide: 'Apple’s US store' },
  { id: 'andreessen-name', act: 'sputnik', said: '“Mark Andriessen”', verdict: 'wrong', factId: 'andreessen-post-jan26', fact: 'Marc Andreessen, of Netscape and a16z', onSlide: 'Sputnik moment', trivial: true },
  { id: 'sputnik-1957', act: 'sputnik', said: 'Sputnik flew in 1957', verdict: 'right', factId: 'sputnik-launch-date', fact: '{sputnik-launch-date}', numbers: ['1957'], onSlide: 'Sputnik moment' },
  // ── Act 2 ──
  { id: 'founded-2023', act: 'origin', said: 'a Hangzhou start-up formed in 2023', verdict: 'right', factId: 'deepseek-founded', fact: 'spun out of High-Flyer in {deepseek-founded}', numbers: ['2023'], onSlide: 'hedge fund' },
  { id: 'registered-capital', act: 'origin', said: 'founded with 10 million yuan ($1.4M)', verdict: 'imprecise', factId: 'deepseek-funding', fact: 'no record confirms the sum; the money is High-Flyer’s', numbers: ['10', '1.4'], onSlide: 'hedge fund' },
  { id: 'v3-penultimate', act: 'origin', said: 'V3 was the “penultimate” model', verdict: 'imprecise', factId: 'deepseek-v3-release', fact: 'V3 ({deepseek-v3-release}) is the base R1 is built on', numbers: ['3'], onSlide: 'built on V3' },
  { id: 'rivals-subscription', act: 'origin', said: 'US rivals all need a subscription', verdict: 'wrong', factId: 'r1-licence', fact: 'Llama’s weights and basic ChatGPT are free', onSlide: 'MIT licence' },
  // ── Act 3 ──
  { id: 'r1-cost', act: 'cost', said: 'R1 cost about $5.5M, found indirectly', verdict: 'wrong', factId: 'v3-final-run-cost', fact: 'DeepSeek’s own {v3-final-run-cost}, for V3’s final run; R1’s stage: {r1-rl-cost}', numbers: ['5.5'], onSlide: 'paid for one run' },
  { id: 'chatgpt-75m', act: 'cost', said: '$75M to train the latest ChatGPT model', verdict: 'imprecise', factId: 'gpt4-cost-ai-index', fact: '{gpt4-cost-ai-index} of compute for GPT-4 (2023); newer costs unpublished', numbers: ['75'], onSlide: 'Priced alike' },
  { id: 'h800-count', act: 'cost', said: 'about 2,000 H800 chips', verdict: 'right', factId: 'v3-gpu-count', fact: '{v3-gpu-count} H800s, for V3’s final run', numbers: ['2000', '800'], onSlide: 'GPU-hours' },
  { id: 'rivals-tens-of-millions', act: 'cost', said: 'US rivals’ systems cost “tens of millions”', verdict: 'imprecise', factId: 'llama31-405b-gpu-count', fact: 'far more: Meta’s largest Llama used {llama31-405b-gpu-count} H100s', onSlide: 'GPU-hours' },
  { id: 'dozens-cheaper', act: 'cost', said: '“dozens of times cheaper” (at what?)', verdict: 'imprecise', factId: 'price-gap-multiple', fact: 'to use, at list prices: {price-gap-multiple} cheaper than o1', onSlide: 'cheaper to use' },
  // ── Act 4 ──
  { id: 'embargo-2010s', act: 'controls', said: 'a chip embargo from the late 2010s', verdict: 'imprecise', factId: 'control-2022-08-nvidia-letter', fact: 'Xeon bans from {control-2015-supercomputer-centres}; AI chips from {control-2022-08-nvidia-letter}', numbers: ['2010'], onSlide: 'chip loophole' },
  { id: 'stimulated-innovation', act: 'controls', said: 'the bans “only stimulated innovation”', verdict: 'imprecise', factId: 'amodei-not-main-factor-quote', fact: 'that is opinion, and experts disagree', onSlide: 'chip bans' },
  // ── Act 5 ──
  { id: 'nasdaq-3pct', act: 'market', said: 'the Nasdaq fell 3% in a day', verdict: 'right', factId: 'move-nasdaq-pct', fact: '{move-nasdaq-pct}, close to close', numbers: ['3'], onSlide: 'Chipmakers fell' },
  { id: 'wealth-source', act: 'market', said: 'the richest lost over $108B, unsourced', verdict: 'imprecise', factId: 'billionaires-loss-usd', fact: '{billionaires-loss-usd} on Bloomberg’s index; Forbes counts differently', numbers: ['108'], onSlide: 'Nvidia lost' },
  { id: 'dotcom-2000', act: 'market', said: 'the dot-com crash of 2000', verdict: 'right', factId: 'nasdaq-peak-date', fact: 'the Nasdaq peaked on {nasdaq-peak-date}', numbers: ['2000'], onSlide: 'dot-com crash' },
  { id: 'nearly-ten-years', act: 'market', said: 'the Nasdaq took nearly 10 years to recover', verdict: 'wrong', factId: 'nasdaq-recovery-years', fact: '{nasdaq-recovery-years}, from record close to record close', numbers: ['10'], onSlide: 'dot-com crash' },
  { id: 'nvidia-17pct', act: 'market', said: 'Nvidia lost 17% on Jan. 27', verdict: 'right', factId: 'move-nvidia-pct', fact: '{move-nvidia-pct}, close to close', numbers: ['17', '27'], onSlide: 'Nvidia fell' },
  { id: 'nvidia-600b', act: 'market', said: 'about $600 billion, a record', verdict: 'right', factId: 'nvidia-loss-usd', fact: '{nvidia-loss-usd} by data provider, a record', numbers: ['600'], onSlide: 'Nvidia lost' },
  { id: 'nvidia-gains', act: 'market', said: 'Nvidia up 239% in 2023, 171% in 2024', verdict: 'right', factId: 'nvidia-gain-2024-pct', fact: '{nvidia-gain-2023-pct} and {nvidia-gain-2024-pct}', numbers: ['239', '2023', '171', '2024'], onSlide: 'Two years of gains' },
  { id: 'value-before-fall', act: 'market', said: 'No. 1, about $3.45T before the fall', verdict: 'right', factId: 'nvidia-value-2025-01-24-usd', fact: 'No. {nvidia-rank-2025-01-21} from Jan 21; {nvidia-value-2025-01-24-usd} at the Jan 24 close', numbers: ['3.45'], onSlide: 'Two years of gains' },
  // ── Caveats ──
  { id: 'demand-not-attacks', act: 'caveats', said: 'sign-ups stopped over demand', verdict: 'imprecise', factId: 'ddos-wave-count', fact: 'attacks, per DeepSeek and NSFOCUS; demand, per some reports', onSlide: 'Apple’s US store' },
  { id: 'independent-tests', act: 'caveats', said: 'independent tests showed it level', verdict: 'wrong', factId: 'bench-gpqa-r1', fact: 'these are DeepSeek’s own scores', onSlide: 'benchmark wins' },
  // ── Lessons ──
  { id: 'nadella-competition', act: 'lessons', said: 'Nadella welcomed competition', verdict: 'imprecise', factId: 'nadella-jevons-quote', fact: 'he meant cheaper AI gets used more', onSlide: 'recovered within months' },
]

/** A wrong or imprecise figure: what a <Correction> marker shows. */
export type Correction = ArticleFigure & { verdict: 'imprecise' | 'wrong' }

/** The wrong and imprecise rows a slide may mark, each under its row's id: slips (trivial) stay in the table. */
export const CORRECTIONS: readonly Correction[] = ARTICLE_FIGURES.filter((f): f is Correction => f.verdict !== 'right' && !f.trivial)
