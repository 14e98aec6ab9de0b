import type { Fact } from '../types'

// Act 2: who DeepSeek is, its chips, funding, team and models. Dates of the company's
// milestones live in milestones.ts; sources are cited by id from data/sources.ts.

/** A short text fact (a licence name, a list of sizes), printed as written. */
function text(id: string, label: string, value: string, asOf: string, sources: string[], confidence: Fact['confidence'] = 'high', note?: string): Fact {
  return {
    id,
    act: 'origin',
    label,
    value,
    unit: 'text',
    format: { style: 'text' },
    asOf,
    confidence,
    sources,
    ...(note ? { note } : {}),
  }
}

export const originFacts: Fact[] = [
  text('liang-birth-year', 'Year Liang Wenfeng, DeepSeek’s founder, was born (Zhanjiang, Guangdong)', '1985', '2025-01-27', [
    'hindustan-times-2025-01-27-who-is-liang-wenfeng',
  ], 'medium', 'BEng and MEng from Zhejiang University.'),
  {
    id: 'highflyer-a100-count',
    act: 'origin',
    label: 'Nvidia A100 GPUs bought by High-Flyer in 2021, before US export controls',
    value: 10_000,
    unit: 'GPUs',
    format: { style: 'number', qualifier: '~' },
    asOf: '2025-01-31',
    confidence: 'medium',
    sources: ['semianalysis-2025-01-31-deepseek-debates', 'ap-2025-01-28-founder-hedge-fund'],
    note: 'SemiAnalysis and AP. Reuters dates the stockpile to a 2022 WeChat post; 36Kr and PEdaily (投资界) reported it too.',
  },
  // Dated: true when checked (Jan 2025) and still reported in Mar 2025; later reports may differ.
  text('deepseek-funding', 'How DeepSeek was funded, January to March 2025 (no outside investors)', 'funded by High-Flyer, with no outside venture capital', '2025-03', [
    'semianalysis-2025-01-31-deepseek-debates',
    'quartz-2025-03-deepseek-founder-investors',
  ], 'medium', 'SemiAnalysis (Jan 31, 2025): High-Flyer self-funded the company. In March 2025 the Wall Street Journal, as Quartz reports, said the founder was turning outside investors away, Tencent and Alibaba among them.'),
  // Reports disagree, and none is an official headcount: the range and every count are shown.
  {
    id: 'deepseek-team-size',
    act: 'origin',
    label: 'DeepSeek staff in early 2025 (reports vary; no official headcount)',
    value: { low: 100, high: 160 },
    unit: 'people',
    format: { style: 'number', qualifier: '~', suffix: 'staff' },
    asOf: '2025-03',
    confidence: 'medium',
    sources: ['semianalysis-2025-01-31-deepseek-debates', 'el-mundo-2025-02-03-inside-deepseek-lab', 'toms-hardware-2025-03-deepseek-160-person-team'],
    variants: [
      { value: 150, format: { qualifier: '~' }, sourceIds: ['semianalysis-2025-01-31-deepseek-debates'], reason: 'SemiAnalysis: “~150 employees, but are growing rapidly” (Jan 31, 2025)' },
      { value: 100, format: { qualifier: '<' }, sourceIds: ['el-mundo-2025-02-03-inside-deepseek-lab'], reason: 'a reporter at the Hangzhou office: employees “less than a hundred”, on Lunar New Year leave' },
      { value: 160, format: { qualifier: undefined }, sourceIds: ['toms-hardware-2025-03-deepseek-160-person-team'], reason: 'team size the Financial Times reported in March 2025' },
      { value: 139, format: { qualifier: undefined, suffix: 'authors' }, sourceIds: ['interconnects-2025-01-09-deepseek-v3-actual-cost'], reason: 'technical authors on the V3 paper, not a headcount' },
    ],
    note: 'Chinese state media’s “fewer than 140 members”, relayed by CNBC, was found only in a reworded copy, so it is not cited. About 200 contributors are listed on the R1 paper.',
  },
  {
    id: 'v3-params-total',
    act: 'origin',
    label: 'DeepSeek-V3 total parameters (mixture of experts)',
    value: 671e9,
    unit: 'parameters',
    format: { style: 'number', scale: 'B', suffix: 'parameters' },
    asOf: '2024-12-26',
    confidence: 'high',
    sources: ['deepseek-2024-12-26-v3-readme'],
    // Spoken with the origin timeline (R1 is built on V3); Act 3 may cite it.
    background: true,
  },
  {
    id: 'v3-params-active',
    act: 'origin',
    label: 'DeepSeek-V3 parameters active per token',
    value: 37e9,
    unit: 'parameters',
    format: { style: 'number', scale: 'B', suffix: 'active' },
    asOf: '2024-12-26',
    confidence: 'high',
    sources: ['deepseek-2024-12-26-v3-readme'],
    // Spoken with the origin timeline (R1 is built on V3); Act 3 may cite it.
    background: true,
  },
  text('v3-weights-licence', 'Licence of the DeepSeek-V3 weights at launch (code: MIT)', 'DeepSeek Model Agreement', '2024-12-26', ['deepseek-2024-12-26-v3-readme'], 'high', 'A custom licence, not MIT.'),
  text('r1-licence', 'Licence of DeepSeek-R1 code and weights; commercial use and distillation allowed', 'MIT', '2025-01-20', [
    'deepseek-2025-01-20-r1-readme',
  ]),
  {
    id: 'r1-distilled-count',
    act: 'origin',
    label: 'Smaller “distilled” models released with DeepSeek-R1',
    value: 6,
    unit: 'models',
    format: { style: 'number' },
    asOf: '2025-01-20',
    confidence: 'high',
    sources: ['deepseek-2025-01-20-r1-readme'],
    note: 'Fine-tuned on about 800k R1-generated samples; each also carries its base model’s licence.',
  },
  text('r1-distilled-sizes', 'Sizes and bases of the distilled R1 models', '1.5B, 7B, 14B, 32B (Qwen2.5) and 8B, 70B (Llama 3.1/3.3)', '2025-01-20', ['deepseek-2025-01-20-r1-readme']),
]
