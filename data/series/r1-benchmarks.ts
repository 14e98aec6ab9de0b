/**
 * The rows of the r1-benchmarks dot plot (lib/charts/r1-benchmarks.ts): DeepSeek's own
 * published scores for R1 and OpenAI's o1 (o1-1217), one row per benchmark.
 */

export interface BenchmarkInput {
  test: string
  /** What the test measures, in a few words. */
  what: string
  r1FactId: string
  o1FactId: string
}

export const BENCHMARK_ROWS: readonly BenchmarkInput[] = [
  { test: 'AIME 2024', what: 'competition maths', r1FactId: 'bench-aime-r1', o1FactId: 'bench-aime-o1' },
  { test: 'MATH-500', what: 'maths problems', r1FactId: 'bench-math500-r1', o1FactId: 'bench-math500-o1' },
  { test: 'GPQA Diamond', what: 'graduate science', r1FactId: 'bench-gpqa-r1', o1FactId: 'bench-gpqa-o1' },
  { test: 'MMLU', what: 'general knowledge', r1FactId: 'bench-mmlu-r1', o1FactId: 'bench-mmlu-o1' },
]
