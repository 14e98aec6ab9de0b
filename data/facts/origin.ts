import type { Fact, Source } from '../types'

// Fact table C1–C8 and A2, A5–A7. Dates of the company's milestones live in milestones.ts.
const semianalysis: Source = {
  outlet: 'SemiAnalysis',
  title: 'DeepSeek Debates: Chinese leadership on cost, true training cost, closed model margin impacts',
  url: 'https://semianalysis.com/2025/01/31/deepseek-debates/',
  date: '2025-01-31',
}
// Published in the Lunar New Year week (it describes New Year's Day crowds): month approximate.
const pedaily: Source = {
  outlet: 'PEdaily',
  title: 'Hangzhou’s other side: profile of Liang Wenfeng and High-Flyer (in Chinese)',
  url: 'https://dignews.cc/p/6c0510c2d5245f6f.html',
  date: '2025-02',
}
// Registry-based commentary; the primary registry record was not seen (fact table, gaps).
// The page gives no publication date: month approximate.
const registryReport: Source = {
  outlet: 'wj1222.com (registry-based report)',
  title: 'DeepSeek’s Hangzhou and Beijing entities: registered capital',
  url: 'https://wj1222.com/gupiaopeizizixun/120138.html',
  date: '2025-01',
}
const r1Readme: Source = {
  outlet: 'DeepSeek',
  title: 'DeepSeek-R1 README (GitHub)',
  url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  date: '2025-01-20',
}
const v3Readme: Source = {
  outlet: 'DeepSeek',
  title: 'DeepSeek-V3 README (GitHub)',
  url: 'https://github.com/deepseek-ai/DeepSeek-V3',
  date: '2024-12-26',
}

/** A short text fact (a licence name, a list of sizes), printed as written. */
function text(id: string, label: string, value: string, asOf: string, sources: Source[], confidence: Fact['confidence'] = 'high', note?: string): Fact {
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
    {
      outlet: 'Hindustan Times',
      title: 'Who is Liang Wenfeng, the founder of DeepSeek, China’s OpenAI rival?',
      url: 'https://www.hindustantimes.com/business/who-is-liang-wenfeng-the-founder-of-deepseek-chinas-openai-rival-101737960215219.html',
      date: '2025-01-27',
    },
    pedaily,
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
    sources: [semianalysis, pedaily],
    note: 'PEdaily: the only Chinese company to say publicly it had ten thousand A100s. Also reported by 36Kr.',
  },
  {
    id: 'deepseek-registered-capital',
    act: 'origin',
    label: 'Registered capital of each of DeepSeek’s Hangzhou and Beijing entities',
    value: 10e6,
    unit: 'CNY',
    format: { style: 'cny', scale: 'M' },
    asOf: '2023-07',
    confidence: 'low',
    sources: [registryReport],
    note: 'Registered (statutory) capital, not money invested; High-Flyer funds DeepSeek. Primary registry record not seen.',
  },
  text('deepseek-funding', 'How DeepSeek is funded', 'funded by High-Flyer, with no outside venture capital', '2025-01', [
    semianalysis,
    {
      outlet: 'TechCrunch',
      title: 'How tech start-up DeepSeek emerged as an unlikely game changer in the US–China AI war (derived report)',
      url: 'https://investadvisor.xyz/alazKDMgkEF',
      date: '2025-01-30',
    },
  ], 'medium'),
  {
    id: 'deepseek-company-registered',
    act: 'origin',
    label: 'DeepSeek’s Hangzhou operating company registered',
    value: '2023-07',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2023-07',
    confidence: 'medium',
    sources: [registryReport, semianalysis],
    background: true,
    note: 'AGI lab set up inside High-Flyer April 2023, spun out as DeepSeek May 2023.',
  },
  {
    id: 'deepseek-team-size',
    act: 'origin',
    label: 'DeepSeek staff, as reported by Chinese state media',
    value: 140,
    unit: 'people',
    format: { style: 'number', qualifier: '<', suffix: 'staff' },
    asOf: '2025-02',
    confidence: 'medium',
    // Written the week of the Feb 17, 2025 symposium it mentions: month only.
    sources: [{
      outlet: 'CNBC',
      title: 'The big brains behind DeepSeek (syndicated copy)',
      url: 'https://www.oseiagyemang.com/the-big-brains-behind-deepseek/',
      date: '2025-02',
    }],
    note: 'CNBC could not confirm the official headcount. About 200 contributors are listed on the R1 paper.',
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
    sources: [v3Readme],
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
    sources: [v3Readme],
  },
  text('v3-weights-licence', 'Licence of the DeepSeek-V3 weights at launch (code: MIT)', 'DeepSeek Model Agreement', '2024-12-26', [v3Readme], 'high', 'A custom licence, not MIT.'),
  text('r1-licence', 'Licence of DeepSeek-R1 code and weights; commercial use and distillation allowed', 'MIT', '2025-01-20', [
    r1Readme,
    { outlet: 'DeepSeek', title: 'DeepSeek-R1-Distill-Qwen-14B model card (Ollama copy)', url: 'https://ollama.com/hengwen/DeepSeek-R1-Distill-Qwen-14B', date: '2025-01-20' },
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
    sources: [r1Readme],
    note: 'Fine-tuned on about 800k R1-generated samples; each also carries its base model’s licence.',
  },
  text('r1-distilled-sizes', 'Sizes and bases of the distilled R1 models', '1.5B, 7B, 14B, 32B (Qwen2.5) and 8B, 70B (Llama 3.1/3.3)', '2025-01-20', [r1Readme]),
]
