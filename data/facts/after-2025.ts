import type { Fact } from '../types'

// After January 2025: what the US did next on chips for China, what Beijing told its firms,
// and DeepSeek's own releases since. The closing timeline (lib/charts/after-january-2025.ts)
// reads them; the H20 licence of April 2025 and the July promise are milestones.

/** A dated event of the closing act: its value is its ISO date. */
function dated(id: string, label: string, date: string, sources: string[], extra: Partial<Fact> = {}): Fact {
  return { id, act: 'lessons', label, value: date, unit: 'date', format: { style: 'date' }, asOf: date, confidence: 'high', sources, ...extra }
}

export const after2025Facts: Fact[] = [
  dated('deepseek-r1-0528-release', 'DeepSeek releases R1-0528, an updated R1 with open weights', '2025-05-28', ['deepseek-2025-05-28-r1-0528-card']),
  dated('h20-revenue-share-deal', 'Nvidia and AMD agree to pay the US government 15% of their China sales of the H20 and MI308 as a condition of export licences', '2025-08-10', ['reuters-2025-08-10-15pct-revenue'], {
    claimedBy: 'a US official (to Reuters); first reported by the Financial Times',
    note: 'The Commerce Department had begun issuing H20 licences on Aug 8, 2025, a US official said.',
  }),
  dated('china-avoid-h20', 'Beijing urges Chinese firms to avoid Nvidia’s H20 chips, above all for government-related work', '2025-08-12', ['semafor-2025-08-12-beijing-warns-h20'], {
    note: 'Reported by Bloomberg on Aug 12, 2025; the notices went out over the preceding weeks and were guidance, not a ban.',
  }),
  dated('deepseek-v3-1-release', 'DeepSeek releases V3.1, one model with a thinking and a non-thinking mode', '2025-08-21', ['deepseek-2025-08-21-v3-1-card']),
  dated('deepseek-v3-2-release', 'DeepSeek releases V3.2, with sparse attention, after the experimental V3.2-Exp of Sept 2025', '2025-12-01', ['deepseek-2025-12-01-v3-2-card']),
  dated('h200-approved-25pct', 'President Trump says Nvidia may ship H200 chips to approved customers in China, with 25% of the sales going to the US government', '2025-12-08', ['mediaite-2025-12-08-h200-25pct'], {
    claimedBy: 'President Trump (Truth Social post)',
    note: 'The Commerce Department was to finalize the details; Blackwell and Rubin chips stay excluded.',
  }),
  dated('deepseek-v4-preview', 'DeepSeek releases a preview of V4 (V4-Pro and V4-Flash) with open weights', '2026-04-24', ['deepseek-2026-04-24-v4-pro-card']),
]
