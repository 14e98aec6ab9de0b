/**
 * What 2025 brought after the sell-off (lib/charts/rest-of-2025.ts): Nvidia's rebound, the
 * R1 paper's cost of the reasoning stage, and US export rules that tightened, then loosened.
 */
import type { TimelineInput } from './timeline-input'

/** Steps: 0 R1, the sell-off and the rebound; 1 the R1 paper; 2 the export rules and Nvidia's charge. */
export const REST_OF_2025_TIMELINE: TimelineInput = {
  domain: ['2025-01-01', '2025-10-01'],
  steps: 3,
  lanes: [
    { id: 'nvidia', label: 'Nvidia', kind: 'events' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
    { id: 'rules', label: 'US rules', kind: 'events' },
  ],
  events: [
    { id: 'r1', lane: 'deepseek', factId: 'deepseek-r1-release', label: 'R1 released', step: 0 },
    // Nvidia's moves are dated by the day each was measured.
    { id: 'selloff', lane: 'nvidia', factId: 'move-nvidia-pct', date: { factId: 'move-nvidia-pct', read: 'asOf' }, label: 'shares {move-nvidia-pct}', step: 0 },
    { id: 'rebound', lane: 'nvidia', factId: 'nvidia-rebound-pct', date: { factId: 'nvidia-rebound-pct', read: 'asOf' }, label: '{nvidia-rebound-pct} the next day', step: 0 },
    // The paper is known to the month; the cost fact carries the day Nature published it.
    { id: 'r1-paper', lane: 'deepseek', factId: 'r1-cost-disclosure', date: { factId: 'r1-rl-cost', read: 'asOf' }, label: 'R1 paper: reasoning stage {r1-rl-cost}', step: 1 },
    { id: 'h20-licence', lane: 'rules', factId: 'control-2025-04-h20', label: 'H20 needs a licence', step: 2 },
    { id: 'h20-charge', lane: 'nvidia', factId: 'h20-charge-usd', date: { factId: 'h20-charge-usd', read: 'asOf' }, label: '{h20-charge-usd} H20 charge', step: 2 },
    { id: 'rescind', lane: 'rules', factId: 'control-2025-05-rescind', label: 'Diffusion rule dropped', step: 2 },
    { id: 'h20-resume', lane: 'rules', factId: 'control-2025-07-h20-resume', label: 'H20 licences promised', step: 2 },
  ],
  bands: [],
}
