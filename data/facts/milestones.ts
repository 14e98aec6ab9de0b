import type { Act, Confidence, Fact, FactVariant } from '../types'

// Dated milestones shared by the origin and export-control timelines.
// Values are ISO dates ('YYYY-MM-DD', 'YYYY-MM', or 'YYYY' where sources give only the year).

interface MilestoneInput {
  id: string
  label: string
  date: string
  confidence: Confidence
  sources: string[]
  act?: Act
  note?: string
  variants?: FactVariant[]
  /** Kept for the record and the notes, not drawn or cited on a slide. */
  background?: boolean
}

/** A dated event: the value is its ISO date, printed as "Jan 20, 2025", "May 2023" or "2015". */
function milestone({ id, label, date, confidence, sources, act = 'controls', note, variants, background }: MilestoneInput): Fact {
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
    ...(variants ? { variants } : {}),
    ...(background ? { background } : {}),
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
    sources: ['ap-2025-01-28-founder-hedge-fund'],
    // Both years are right about different legal entities: show both, with why.
    variants: [{
      value: '2016',
      sourceIds: ['hindustan-times-2025-01-27-who-is-liang-wenfeng'],
      reason: 'the year the Ningbo High-Flyer partnership, the legal name in many profiles, was registered',
    }],
    note: 'AP: “The hedge fund he set up in 2015”. Zhejiang High-Flyer Asset Management dates from 2015; the Ningbo partnership from Feb 2016.',
  }),
  milestone({
    id: 'highflyer-a100-purchase',
    act: 'origin',
    label: 'High-Flyer buys about 10,000 Nvidia A100 GPUs, before any AI-chip export rule',
    date: '2021',
    confidence: 'medium',
    sources: ['semianalysis-2025-01-31-deepseek-debates'],
    note: 'Also reported by 36Kr. The count is highflyer-a100-count (data/facts/origin.ts).',
  }),
  milestone({
    id: 'deepseek-founded',
    act: 'origin',
    label: 'DeepSeek spun out of High-Flyer as a separate AI lab',
    date: '2023-05',
    confidence: 'medium',
    sources: [
      'semianalysis-2025-01-31-deepseek-debates',
    ],
    note: 'SemiAnalysis gives May 2023. A July 2023 registration date circulates only in unsourced blog posts, so the deck does not use it.',
  }),
  milestone({
    id: 'deepseek-v2-release',
    act: 'origin',
    label: 'DeepSeek-V2 released (open weights, mixture-of-experts)',
    date: '2024-05',
    confidence: 'high',
    sources: ['deepseek-2024-05-06-v2-readme'],
    note: 'README gives May 6, 2024; the paper (arXiv 2405.04434) was submitted May 7.',
  }),
  milestone({
    id: 'deepseek-v3-release',
    act: 'origin',
    label: 'DeepSeek-V3 weights published (the base model R1 is built on)',
    date: '2024-12-26',
    confidence: 'high',
    sources: [
      'deepseek-2024-12-26-v3-base-release-commit',
      'interconnects-2025-01-09-deepseek-v3-actual-cost',
    ],
  }),
  milestone({
    id: 'deepseek-app-launch',
    act: 'origin',
    label: 'DeepSeek’s consumer chat app (running V3) launched',
    date: '2025-01-10',
    confidence: 'medium',
    sources: ['hindustan-times-2025-01-27-surpasses-chatgpt'],
    background: true,
    variants: [{
      value: '2025-01-15',
      sourceIds: ['semafor-2025-01-28-deepseek-tops-app-store'],
      reason: 'the launch date in AppMagic’s data, as Semafor reported; Sensor Tower’s, relayed from Reuters, is Jan 10',
    }],
  }),
  milestone({
    id: 'deepseek-r1-release',
    act: 'origin',
    label: 'DeepSeek-R1 and R1-Zero released (weights, paper, API)',
    date: '2025-01-20',
    confidence: 'high',
    sources: [
      'deepseek-2025-01-20-r1-readme',
      'openrouter-2025-01-20-deepseek-r1',
    ],
  }),

  // ── US export controls on AI chips ──────────────────────────────────────────
  milestone({
    id: 'control-2022-08-nvidia-letter',
    label: 'US tells Nvidia that A100 and H100 exports to China need a licence',
    date: '2022-08-26',
    confidence: 'high',
    sources: ['itpro-2022-09-us-sanctions-nvidia-china'],
    note: 'Date of the government letter per Nvidia’s 8-K of Aug 31, 2022, which ITPro quotes.',
  }),
  milestone({
    id: 'control-2022-10-rules',
    label: 'BIS rules on advanced computing chips and chipmaking tools for China',
    date: '2022-10-07',
    confidence: 'high',
    sources: [
      'bis-2022-10-07-advanced-computing-rules',
      'thompson-hine-2022-10-interim-final-rule',
    ],
    note: 'The rule keyed on chip-to-chip bandwidth (600 GB/s) plus performance, which the cut-down A800 and H800 then stayed under.',
  }),
  milestone({
    id: 'h800-launch',
    label: 'Nvidia starts selling the H800, an H100 with slower chip-to-chip links, in China',
    date: '2023-03',
    confidence: 'medium',
    sources: [
      'toms-hardware-2023-03-h800',
    ],
    note: 'Tom’s Hardware, reporting Reuters in March 2023; the exact launch day is not confirmed.',
  }),
  milestone({
    id: 'control-2023-10-update',
    label: 'BIS update adds a performance-density test that catches the A800 and H800',
    date: '2023-10-17',
    confidence: 'high',
    sources: [
      'bis-2023-10-17-strengthens-restrictions',
      'the-register-2023-10-24-cease-sales-immediately',
    ],
    note: 'Nvidia was told on Oct 23, 2023 that the rule applied immediately (control-2023-10-effective).',
  }),
  milestone({
    id: 'control-2024-12-hbm',
    label: 'US controls on high-bandwidth memory and more chip tools; 140 Entity List additions',
    date: '2024-12-02',
    confidence: 'high',
    // Spoken in the Act 4 notes; the export-controls timeline keeps to rules that changed which chips could be sold.
    background: true,
    sources: [
      'thompson-hine-2024-12-further-strengthen',
      'holland-knight-2024-12-17-strengthens-controls',
    ],
  }),
  milestone({
    id: 'control-2025-01-diffusion',
    label: 'AI Diffusion rule announced: worldwide licences for AI chips in three country tiers',
    date: '2025-01-13',
    confidence: 'high',
    sources: [
      'bis-2025-01-13-ai-diffusion',
      'perkins-coie-2025-01-ai-diffusion',
    ],
    note: 'Published in the Federal Register Jan 15, 2025 (90 FR 4544); compliance due about May 15, 2025.',
  }),
  milestone({
    id: 'control-2025-04-h20',
    label: 'US tells Nvidia that H20 exports to China need a licence',
    date: '2025-04-09',
    confidence: 'high',
    sources: [
      'reuters-2025-04-15-h20-charge',
      'cnbc-2025-04-15-h20-charge',
    ],
    note: 'On Apr 14 Nvidia was told the requirement was indefinite; it booked a charge of about $5.5B.',
  }),
  milestone({
    id: 'control-2025-05-rescind',
    label: 'BIS rescinds the AI Diffusion rule before it takes effect',
    date: '2025-05-13',
    confidence: 'high',
    sources: [
      'alston-bird-2025-05-rescinds-diffusion',
      'baker-mckenzie-2025-05-rescinding-diffusion',
    ],
    background: true,
  }),
  milestone({
    id: 'control-2025-07-h20-resume',
    label: 'Nvidia says the US has assured it that H20 licences will be granted',
    date: '2025-07-14',
    confidence: 'high',
    sources: ['cnn-2025-07-15-h20-resume'],
    background: true,
  }),
]
