/** From hedge fund to R1 (lib/charts/origin-timeline.ts): lanes, events and periods, each with its facts. */
import type { TimelineInput } from './timeline-input'

/**
 * Steps: 0 the parent fund and its pre-rule A100s; 1 DeepSeek founded and V2; 2 R1.
 *
 * One time scale for the whole decade. V3 came four weeks before R1, too close for two dots a
 * decade-wide axis can tell apart, so R1's label names V3 and its date (the V3 dot is on the
 * export-controls timeline, whose axis is three years wide).
 */
export const ORIGIN_TIMELINE: TimelineInput = {
  domain: ['2014-07-01', '2025-04-01'],
  steps: 3,
  lanes: [
    { id: 'highflyer', label: 'High-Flyer', kind: 'events' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
    { id: 'us', label: 'US rules', kind: 'bands' },
  ],
  events: [
    { id: 'highflyer-founded', lane: 'highflyer', factId: 'highflyer-founded', label: 'quant fund founded by Liang Wenfeng', step: 0 },
    { id: 'highflyer-a100-purchase', lane: 'highflyer', factId: 'highflyer-a100-purchase', label: '{highflyer-a100-count} Nvidia A100s bought', step: 0 },
    { id: 'deepseek-founded', lane: 'deepseek', factId: 'deepseek-founded', label: 'DeepSeek spun out in Hangzhou', step: 1 },
    { id: 'deepseek-v2-release', lane: 'deepseek', factId: 'deepseek-v2-release', label: 'V2', step: 1 },
    { id: 'deepseek-r1-release', lane: 'deepseek', factId: 'deepseek-r1-release', label: 'R1, built on V3 of {deepseek-v3-release}', step: 2 },
  ],
  bands: [
    { id: 'no-rule', lane: 'us', start: null, end: 'control-2022-08-nvidia-letter', status: 'allowed', label: 'no AI-chip export rule', detail: 'no US export licence needed for AI chips', step: 0 },
    { id: 'licence', lane: 'us', start: 'control-2022-08-nvidia-letter', end: null, status: 'licence', label: 'licence needed', detail: 'top AI chips need a US export licence for China', step: 0 },
  ],
}
