/**
 * Which Nvidia chips could be sold to China when, with DeepSeek on the same axis
 * (lib/charts/export-controls-timeline.ts): lanes, events and periods, each with its facts.
 */
import type { TimelineInput } from './timeline-input'

const LETTER = 'control-2022-08-nvidia-letter'
const UPDATE_2023 = 'control-2023-10-update'
const H20_LICENCE = 'control-2025-04-h20'
const H20_DEAL = 'h20-revenue-share-deal'

/**
 * Steps: 0 the 2022 rules and the cut-down chips they let through; 1 the Oct 2023 update and the
 * H20; 2 Dec 2024 – Jan 2025, with V3, R1 and the sell-off; 3 the H20 licence of April 2025
 * and the licences of August 2025, granted for 15% of sales.
 *
 * Few words on the chart: one label per rule that changed what could be sold (the HBM rules, the
 * Diffusion rule's repeal and the July H20 promise are in the slide's notes and the Act 4 text).
 * Every label carries its month and year; each H20 period carries its own words.
 */
export const EXPORT_CONTROLS_TIMELINE: TimelineInput = {
  domain: ['2022-06-01', '2025-12-31'],
  steps: 4,
  lanes: [
    { id: 'rules', label: 'US rules', kind: 'events' },
    { id: 'a100', label: 'A100, H100', kind: 'bands' },
    { id: 'a800', label: 'A800, H800', kind: 'bands' },
    { id: 'h20', label: 'H20', kind: 'bands' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
    { id: 'nvidia', label: 'Nvidia', kind: 'events' },
  ],
  events: [
    { id: 'letter', lane: 'rules', factId: LETTER, label: 'licence letter', step: 0 },
    { id: 'rules-2022', lane: 'rules', factId: 'control-2022-10-rules', label: 'chip rules', step: 0 },
    { id: 'update-2023', lane: 'rules', factId: UPDATE_2023, label: 'update', step: 1 },
    { id: 'diffusion', lane: 'rules', factId: 'control-2025-01-diffusion', label: 'Diffusion rule', step: 2 },
    { id: 'h20-licence', lane: 'rules', factId: H20_LICENCE, label: 'H20 licence', step: 3 },
    { id: 'h20-deal', lane: 'rules', factId: H20_DEAL, label: 'H20 for 15%', step: 3 },
    { id: 'v3', lane: 'deepseek', factId: 'deepseek-v3-release', label: 'V3 ({v3-gpu-count} H800s)', step: 2 },
    { id: 'r1', lane: 'deepseek', factId: 'deepseek-r1-release', label: 'R1', step: 2 },
    // The sell-off is dated by the day the move was measured.
    { id: 'selloff', lane: 'nvidia', factId: 'move-nvidia-pct', date: { factId: 'move-nvidia-pct', read: 'asOf' }, label: '{move-nvidia-pct} in a day', step: 2 },
  ],
  bands: [
    { id: 'a100-sold', lane: 'a100', start: null, end: LETTER, status: 'allowed', label: 'sold', step: 0 },
    { id: 'a100-licence', lane: 'a100', start: LETTER, end: null, status: 'licence', label: 'licence needed', step: 0 },
    { id: 'a800-sold', lane: 'a800', start: 'a800-launch', end: 'h800-launch', status: 'allowed', label: 'A800', detail: 'A800 could be sold to China', step: 0 },
    { id: 'h800-sold', lane: 'a800', start: 'h800-launch', end: UPDATE_2023, status: 'allowed', label: 'A800, H800', detail: 'A800 and H800 could be sold to China', step: 0, endStep: 1 },
    { id: 'a800-licence', lane: 'a800', start: UPDATE_2023, end: null, status: 'licence', label: 'licence needed', step: 1 },
    // The H20 launch is known only to the quarter (Reuters, Nov 2023): the band starts with it.
    { id: 'h20-sold', lane: 'h20', start: { factId: 'h20-launch', read: 'quarter' }, end: H20_LICENCE, status: 'allowed', label: 'H20 sold', detail: 'H20 could be sold to China (launch due {h20-launch})', step: 1, endStep: 3 },
    { id: 'h20-licence', lane: 'h20', start: H20_LICENCE, end: H20_DEAL, status: 'licence', label: 'licence', detail: 'H20 needs a US export licence; none granted', step: 3 },
    { id: 'h20-15pct', lane: 'h20', start: H20_DEAL, end: null, status: 'allowed', label: 'for 15%', detail: 'H20 licences granted, 15% of China sales to the US government', step: 3 },
  ],
}
