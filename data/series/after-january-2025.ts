/**
 * After January 2025 (lib/charts/after-january-2025.ts): what the US did next on chips for China,
 * what Beijing told its firms, and DeepSeek's releases since, each event a registry fact.
 */
import type { TimelineInput } from './timeline-input'

/**
 * Steps: 0 US rules on chips for China; 1 DeepSeek's releases and the Nature paper; 2 Beijing's
 * answer and Nvidia's charge. The axis runs to today (FACTS_CHECKED). The July 2025 promise of
 * H20 licences is left to the notes: four weeks before the 15% deal, its dot would touch that one.
 */
export const AFTER_JANUARY_2025_TIMELINE: TimelineInput = {
  domain: ['2025-03-01', '2026-12-06'],
  steps: 3,
  lanes: [
    { id: 'rules', label: 'US rules', kind: 'events' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
    { id: 'beijing', label: 'Beijing', kind: 'events' },
    { id: 'nvidia', label: 'Nvidia', kind: 'events' },
  ],
  events: [
    { id: 'h20-licence', lane: 'rules', factId: 'control-2025-04-h20', label: 'H20 needs a licence', step: 0 },
    { id: 'h20-15pct', lane: 'rules', factId: 'h20-revenue-share-deal', label: 'H20 licences for 15% of sales', step: 0 },
    { id: 'h200-25pct', lane: 'rules', factId: 'h200-approved-25pct', label: 'H200 allowed, 25% to the US', step: 0 },
    { id: 'r1-0528', lane: 'deepseek', factId: 'deepseek-r1-0528-release', label: 'R1-0528', step: 1 },
    { id: 'v3-1', lane: 'deepseek', factId: 'deepseek-v3-1-release', label: 'V3.1', step: 1 },
    // The paper is known to the month; the cost fact carries the day Nature published it.
    { id: 'r1-paper', lane: 'deepseek', factId: 'r1-cost-disclosure', date: { factId: 'r1-rl-cost', read: 'asOf' }, label: 'Nature paper: R1’s RL stage {r1-rl-cost}', step: 1 },
    { id: 'v3-2', lane: 'deepseek', factId: 'deepseek-v3-2-release', label: 'V3.2', step: 1 },
    { id: 'v4-preview', lane: 'deepseek', factId: 'deepseek-v4-preview', label: 'V4 preview', step: 1 },
    { id: 'avoid-h20', lane: 'beijing', factId: 'china-avoid-h20', label: 'firms told to avoid the H20', step: 2 },
    { id: 'h20-charge', lane: 'nvidia', factId: 'h20-charge-usd', date: { factId: 'h20-charge-usd', read: 'asOf' }, label: '{h20-charge-usd} H20 charge', step: 2 },
  ],
  bands: [],
}
