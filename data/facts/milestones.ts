import type { Act, Confidence, Fact, Source } from '../types'

// Dated milestones shared by the origin and export-control timelines (fact table §A, §C, F5, §G).
// Values are ISO dates ('YYYY-MM-DD', 'YYYY-MM', or 'YYYY' where sources give only the year).

const semiAnalysis: Source = {
  outlet: 'SemiAnalysis',
  title: 'DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts',
  url: 'https://semianalysis.com/2025/01/31/deepseek-debates/',
  date: '2025-01-31',
}
const interconnects: Source = {
  outlet: 'Interconnects (N. Lambert)',
  title: 'DeepSeek V3 and the actual cost of training frontier AI models',
  url: 'https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of',
  date: '2025-01-09',
}
const theRegisterBan: Source = {
  outlet: 'The Register',
  title: 'Uncle Sam orders Nvidia to cease most AI chip sales in China “immediately”',
  url: 'https://www.theregister.com/2023/10/24/nvidia_chip_ban_imposed_already/',
  date: '2023-10-24',
}
const cnbcH20: Source = {
  outlet: 'CNBC',
  title: 'Nvidia says it will record $5.5 billion quarterly charge tied to H20 processors exported to China',
  url: 'https://www.nbcsandiego.com/news/business/money-report/nvidia-says-it-will-record-5-5-billion-quarterly-charge-tied-to-h20-processors-exported-to-china/3804789/',
  date: '2025-04-15',
}

interface MilestoneInput {
  id: string
  label: string
  date: string
  confidence: Confidence
  sources: Source[]
  act?: Act
  note?: string
}

/** A dated event: the value is its ISO date, printed as "Jan 20, 2025", "May 2023" or "2015". */
function milestone({ id, label, date, confidence, sources, act = 'controls', note }: MilestoneInput): Fact {
  return {
    id,
    act,
    label,
    value: date,
    unit: 'date',
    format: { style: 'date' },
    asOf: date,
    confidence,
    sources,
    ...(note ? { note } : {}),
  }
}

export const milestoneFacts: Fact[] = [
  // ── DeepSeek and its parent ─────────────────────────────────────────────────
  milestone({
    id: 'highflyer-founded',
    act: 'origin',
    label: 'High-Flyer, the quant hedge fund behind DeepSeek, co-founded by Liang Wenfeng',
    date: '2015',
    confidence: 'medium',
    sources: [
      {
        outlet: 'Hindustan Times',
        title: 'Who is Liang Wenfeng, the founder of DeepSeek, China’s OpenAI rival?',
        url: 'https://www.hindustantimes.com/business/who-is-liang-wenfeng-the-founder-of-deepseek-chinas-openai-rival-101737960215219.html',
        date: '2025-01-27',
      },
      {
        outlet: 'Touzijie (Chinese press profile)',
        title: 'Profile of High-Flyer and Liang Wenfeng (reprint)',
        url: 'https://dignews.cc/p/6c0510c2d5245f6f.html',
        date: '2025-01',
      },
    ],
    note: 'Sources differ between 2015 (the firm) and 2016 (the Ningbo High-Flyer entity).',
  }),
  milestone({
    id: 'highflyer-a100-purchase',
    act: 'origin',
    label: 'High-Flyer buys about 10,000 Nvidia A100 GPUs, before any AI-chip export rule',
    date: '2021',
    confidence: 'medium',
    sources: [semiAnalysis],
    note: 'Also reported by 36Kr. The count is highflyer-a100-count (data/facts/origin.ts).',
  }),
  milestone({
    id: 'deepseek-founded',
    act: 'origin',
    label: 'DeepSeek spun out of High-Flyer as a separate AI lab',
    date: '2023-05',
    confidence: 'medium',
    sources: [
      semiAnalysis,
      {
        outlet: 'Moontak (registry-based report)',
        title: 'DeepSeek company registration details',
        url: 'https://blog.moontak.com/id/483624',
        date: '2025-01',
      },
    ],
    note: 'Lab set up inside High-Flyer in April 2023; the Hangzhou operating company was registered in July 2023.',
  }),
  milestone({
    id: 'deepseek-v2-release',
    act: 'origin',
    label: 'DeepSeek-V2 released (open weights, mixture-of-experts)',
    date: '2024-05',
    confidence: 'high',
    sources: [{
      outlet: 'DeepSeek',
      title: 'DeepSeek-V2 README (news: “2024.05.06 We released the DeepSeek-V2”)',
      url: 'https://github.com/deepseek-ai/DeepSeek-V2',
      date: '2024-05-06',
    }],
    note: 'README gives May 6, 2024; the paper (arXiv 2405.04434) was submitted May 7.',
  }),
  milestone({
    id: 'deepseek-v3-release',
    act: 'origin',
    label: 'DeepSeek-V3 weights published (the base model R1 is built on)',
    date: '2024-12-26',
    confidence: 'high',
    sources: [
      {
        outlet: 'Hugging Face',
        title: 'DeepSeek-V3-Base commit history: “Release DeepSeek-V3”',
        url: 'https://huggingface.co/deepseek-ai/DeepSeek-V3-Base/commits/refs%2Fpr%2F28/README.md',
        date: '2024-12-26',
      },
      interconnects,
    ],
  }),
  milestone({
    id: 'deepseek-app-launch',
    act: 'origin',
    label: 'DeepSeek’s consumer chat app (running V3) launched',
    date: '2025-01-10',
    confidence: 'medium',
    sources: [{
      outlet: 'Reuters',
      title: 'Chinese AI app DeepSeek surpasses ChatGPT on U.S. App Store',
      url: 'https://www.ibtimes.sg/chinese-ai-app-deepseek-surpasses-chatgpt-u-s-app-store-78113',
      date: '2025-01-27',
    }],
  }),
  milestone({
    id: 'deepseek-r1-release',
    act: 'origin',
    label: 'DeepSeek-R1 and R1-Zero released (weights, paper, API)',
    date: '2025-01-20',
    confidence: 'high',
    sources: [
      {
        outlet: 'DeepSeek',
        title: 'DeepSeek-R1 README',
        url: 'https://github.com/deepseek-ai/DeepSeek-R1',
        date: '2025-01-20',
      },
      {
        outlet: 'OpenRouter',
        title: 'DeepSeek: R1 (model page, “Created Jan 20, 2025”)',
        url: 'https://www.openrouter.ai/deepseek/deepseek-r1',
        date: '2025-01-20',
      },
    ],
  }),

  // ── US export controls on AI chips ──────────────────────────────────────────
  milestone({
    id: 'control-2022-08-nvidia-letter',
    label: 'US tells Nvidia that A100 and H100 exports to China need a licence',
    date: '2022-08-26',
    confidence: 'high',
    sources: [{
      outlet: 'PC Gamer',
      title: 'US orders Nvidia to halt sale of $400M worth of GPUs to China',
      url: 'https://www.pcgamer.com/us-orders-nvidia-to-halt-sale-of-dollar400m-worth-of-gpus-to-china/',
      date: '2022-09',
    }],
    note: 'Date of the government letter per Nvidia’s 8-K of Aug 31, 2022, as reported by Trade Law Daily (Sept 2, 2022).',
  }),
  milestone({
    id: 'control-2022-10-rules',
    label: 'BIS rules on advanced computing chips and chipmaking tools for China',
    date: '2022-10-07',
    confidence: 'high',
    sources: [
      {
        outlet: 'US Bureau of Industry and Security',
        title: 'Commerce implements new export controls on advanced computing and semiconductor manufacturing items to the PRC',
        url: 'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
        date: '2022-10-07',
      },
      {
        outlet: 'Thompson Hine',
        title: 'BIS issues interim final rule to implement additional export controls on advanced computing and semiconductor items',
        url: 'https://www.thompsonhinesmartrade.com/2022/10/bis-issues-interim-final-rule-to-implement-additional-export-controls-on-advanced-computing-and-semiconductor-items/',
        date: '2022-10',
      },
    ],
    note: 'The rule keyed on chip-to-chip bandwidth (600 GB/s) plus performance, which the cut-down A800 and H800 then stayed under.',
  }),
  milestone({
    id: 'h800-launch',
    label: 'Nvidia starts selling the H800, an H100 with slower chip-to-chip links, in China',
    date: '2023-03',
    confidence: 'medium',
    sources: [
      {
        outlet: 'Reuters',
        title: 'Nvidia gimps H100 Hopper GPU to sell as H800 to China (Tom’s Hardware, reporting Reuters)',
        url: 'https://www.tomshardware.com/news/nvidia-gimps-h100-hopper-gpu-to-sell-as-h800-to-china',
        date: '2023-03',
      },
      {
        outlet: 'AI Wiki',
        title: 'NVIDIA H800',
        url: 'https://aiwiki.ai/wiki/nvidia_h800',
        date: '2023-03-21',
      },
    ],
    note: 'Launch given as Mar 21, 2023 (medium confidence).',
  }),
  milestone({
    id: 'control-2023-10-update',
    label: 'BIS update adds a performance-density test that catches the A800 and H800',
    date: '2023-10-17',
    confidence: 'high',
    sources: [
      {
        outlet: 'US Bureau of Industry and Security',
        title: 'Commerce strengthens restrictions on advanced computing semiconductors, semiconductor manufacturing equipment',
        url: 'https://bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-semiconductor',
        date: '2023-10-17',
      },
      theRegisterBan,
    ],
    note: 'Nvidia was told on Oct 23, 2023 that the rule applied immediately (control-2023-10-effective).',
  }),
  milestone({
    id: 'control-2024-12-hbm',
    label: 'US controls on high-bandwidth memory and more chip tools; 140 Entity List additions',
    date: '2024-12-02',
    confidence: 'high',
    sources: [
      {
        outlet: 'Thompson Hine',
        title: 'BIS seeks to further strengthen export controls targeting China’s advanced semiconductor industry',
        url: 'https://www.thompsonhinesmartrade.com/2024/12/bis-seeks-to-further-strengthen-export-controls-targeting-chinas-advanced-semiconductor-industry/',
        date: '2024-12',
      },
      {
        outlet: 'Holland & Knight',
        title: 'U.S. strengthens export controls on advanced computing items',
        url: 'https://hklaw.com/en/insights/publications/2024/12/us-strengthens-export-controls-on-advanced-computing-items',
        date: '2024-12',
      },
    ],
  }),
  milestone({
    id: 'control-2025-01-diffusion',
    label: 'AI Diffusion rule announced: worldwide licences for AI chips in three country tiers',
    date: '2025-01-13',
    confidence: 'high',
    sources: [
      {
        outlet: 'US Bureau of Industry and Security',
        title: 'Advanced compute resources (AI Diffusion framework)',
        url: 'https://bis.gov/advanced-compute-resources',
        date: '2025-01-13',
      },
      {
        outlet: 'Perkins Coie',
        title: 'BIS publishes bold new artificial intelligence diffusion framework',
        url: 'https://perkinscoie.com/insights/article/bis-publishes-bold-new-artificial-intelligence-diffusion-framework',
        date: '2025-01',
      },
    ],
    note: 'Published in the Federal Register Jan 15, 2025 (90 FR 4544); compliance due about May 15, 2025.',
  }),
  milestone({
    id: 'control-2025-04-h20',
    label: 'US tells Nvidia that H20 exports to China need a licence',
    date: '2025-04-09',
    confidence: 'high',
    sources: [
      {
        outlet: 'Reuters',
        title: 'Nvidia faces $5.5 billion charge as US restricts chip sales to China',
        url: 'https://d2443.cms.socastsrm.com/2025/04/15/nvidia-faces-5-5-billion-charge-as-us-restricts-chip-sales-to-china',
        date: '2025-04-15',
      },
      cnbcH20,
    ],
    note: 'On Apr 14 Nvidia was told the requirement was indefinite; it booked a charge of about $5.5B.',
  }),
  milestone({
    id: 'control-2025-05-rescind',
    label: 'BIS rescinds the AI Diffusion rule before it takes effect',
    date: '2025-05-13',
    confidence: 'high',
    sources: [
      {
        outlet: 'Alston & Bird',
        title: 'Commerce rescinds AI Diffusion rule, releases other guidance involving overseas AI chips',
        url: 'https://alstontrade.com/commerce-rescinds-ai-diffusion-rule-releases-other-guidance-involving-overseas-ai-chips',
        date: '2025-05',
      },
      {
        outlet: 'Baker McKenzie',
        title: 'BIS begins rescinding AI Diffusion rule and issues guidance on Huawei ICs',
        url: 'https://sanctionsnews.bakermckenzie.com/bis-begins-rescinding-ai-diffusion-rule-and-issues-guidance-on-huawei-ics-and-on-ics-and-commodities-used-to-train-ai-models',
        date: '2025-05',
      },
    ],
  }),
  milestone({
    id: 'control-2025-07-h20-resume',
    label: 'Nvidia says the US has assured it that H20 licences will be granted',
    date: '2025-07-14',
    confidence: 'high',
    sources: [{
      outlet: 'CNN',
      title: 'Nvidia says it will resume sale of key AI chip to China',
      url: 'https://kesq.com/money/cnn-business-consumer/2025/07/15/nvidia-says-it-will-resume-sale-of-key-ai-chip-to-china/',
      date: '2025-07-15',
    }],
  }),
]
