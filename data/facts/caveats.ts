import type { Fact, Source } from '../types'

// Caveats: censorship as measured, the attacks behind the sign-up limit, and who ran the
// benchmarks (fact table A11–A14, J5–J7).

const promptfoo: Source = {
  outlet: 'Promptfoo',
  title: '1,156 questions censored by DeepSeek',
  url: 'https://www.promptfoo.dev/blog/deepseek-censorship/',
  date: '2025-01-28',
}
const gigazine: Source = {
  outlet: 'Gigazine',
  title: 'DeepSeek AI will not answer questions the Chinese government does not want answered',
  url: 'https://gigazine.net/gsc_news/en/20250130-deepseek-ai-not-answer-questions-chinese-government-want',
  date: '2025-01-30',
}
const nsfocus: Source = {
  outlet: 'TechTarget SearchSecurity',
  title: 'NSFocus: DeepSeek AI hit with well-planned DDoS attacks',
  url: 'https://vuink.com/post/grpugnetrg-d-dpbz/searchsecurity/news/366618543/NSFocus-DeepSeek-AI-hit-with-well-planned-DDoS-attacks',
  date: '2025-01-30',
}
const r1Readme: Source = {
  outlet: 'DeepSeek',
  title: 'DeepSeek-R1 README, evaluation table (R1 vs OpenAI-o1-1217)',
  url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  date: '2025-01-20',
}

/** One self-reported benchmark score from DeepSeek's own table. */
function bench(id: string, label: string, value: number, percentile = false): Fact {
  return {
    id,
    act: 'caveats',
    label: `${label} (DeepSeek’s own evaluation)`,
    value,
    unit: percentile ? 'percentile' : 'percent',
    format: percentile ? { style: 'number', suffix: 'percentile' } : { style: 'percent' },
    asOf: '2025-01-20',
    confidence: 'high',
    sources: [r1Readme],
    note: 'Self-reported by DeepSeek, not an independent test.',
  }
}

export const caveatsFacts: Fact[] = [
  {
    id: 'censorship-refusal-pct',
    act: 'caveats',
    label: 'Share of China-sensitive prompts that R1 met with a canned refusal (Promptfoo test)',
    value: 85,
    unit: 'percent',
    format: { style: 'percent' },
    asOf: '2025-01-28',
    confidence: 'medium',
    sources: [promptfoo, gigazine],
    derived: '1,156 ÷ 1,360 = 85%',
    note: 'Promptfoo found the refusals easy to get around by rewording.',
  },
  {
    id: 'censorship-prompt-count',
    act: 'caveats',
    label: 'China-sensitive prompts in Promptfoo’s test set',
    value: 1360,
    unit: 'prompts',
    format: { style: 'number', suffix: 'prompts' },
    asOf: '2025-01-28',
    confidence: 'medium',
    sources: [promptfoo, gigazine],
  },
  {
    id: 'censorship-guardian-test',
    act: 'caveats',
    label: 'Guardian tests: the app declines Tiananmen 1989 and gives Beijing’s line on Taiwan',
    value: '2025-01-28',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-01-28',
    confidence: 'high',
    sources: [{
      outlet: 'The Guardian (via Newser, with BBC and AP)',
      title: 'DeepSeek has answers — just don’t ask about Taiwan',
      url: 'https://www.newser.com/story/363316/deepseek-has-answers-just-dont-ask-about-taiwan.html',
      date: '2025-01-28',
    }],
    note: 'It sometimes wrote an answer and then deleted it in real time.',
  },
  {
    id: 'censorship-local-weights',
    act: 'caveats',
    label: 'Study: refusals persist when R1 runs locally and carry over to distilled models (“R1dacted”)',
    value: '2025-05',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-05',
    confidence: 'medium',
    sources: [{
      outlet: 'arXiv',
      title: 'R1dacted: investigating local censorship in DeepSeek’s R1 language model (arXiv 2505.12625)',
      url: 'https://arxiv.org/abs/2505.12625',
      date: '2025-05',
    }],
  },
  {
    id: 'registration-limit-date',
    act: 'caveats',
    label: 'DeepSeek limits new sign-ups, citing “large-scale malicious attacks”; existing users can still log in',
    value: '2025-01-27',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [
      {
        outlet: 'Tech Startups',
        title: 'DeepSeek limits new sign-ups after large-scale malicious attacks',
        url: 'https://techstartups.com/?p=94046',
        date: '2025-01-27',
      },
      nsfocus,
    ],
  },
  {
    id: 'ddos-wave-count',
    act: 'caveats',
    label: 'DDoS waves NSFOCUS logged against DeepSeek’s API address, Jan 25–27, 2025',
    value: 3,
    unit: 'attack waves',
    format: { style: 'number' },
    asOf: '2025-01-27',
    confidence: 'medium',
    sources: [nsfocus],
    note: 'Average about 35 minutes each; NTP and memcached reflection. Some experts said genuine demand may also have played a part.',
  },
  {
    id: 'ddos-first-wave',
    act: 'caveats',
    label: 'First DDoS wave NSFOCUS logged against DeepSeek (UTC+8)',
    value: '2025-01-25',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-01-25',
    confidence: 'medium',
    sources: [nsfocus],
  },
  {
    id: 'scale-ai-on-par',
    act: 'caveats',
    label: 'Scale AI CEO: DeepSeek “roughly on par with the best American models” on Scale’s hardest test',
    value: '2025-01-23',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-01-23',
    confidence: 'high',
    sources: [{
      outlet: 'CNBC',
      title: 'Scale AI CEO says China has quickly caught the U.S. with the DeepSeek open-source model',
      url: 'https://www.nbcmiami.com/news/business/money-report/scale-ai-ceo-says-china-has-quickly-caught-the-u-s-with-the-deepseek-open-source-model/3523798/',
      date: '2025-01-23',
    }],
  },
  bench('bench-aime-r1', 'AIME 2024 pass@1, DeepSeek-R1', 79.8),
  bench('bench-aime-o1', 'AIME 2024 pass@1, OpenAI o1-1217', 79.2),
  bench('bench-math500-r1', 'MATH-500 pass@1, DeepSeek-R1', 97.3),
  bench('bench-math500-o1', 'MATH-500 pass@1, OpenAI o1-1217', 96.4),
  bench('bench-gpqa-r1', 'GPQA Diamond pass@1, DeepSeek-R1', 71.5),
  bench('bench-gpqa-o1', 'GPQA Diamond pass@1, OpenAI o1-1217', 75.7),
  bench('bench-mmlu-r1', 'MMLU, DeepSeek-R1', 90.8),
  bench('bench-mmlu-o1', 'MMLU, OpenAI o1-1217', 91.8),
]
