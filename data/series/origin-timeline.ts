/** From hedge fund to R1 (lib/charts/origin-timeline.ts): lanes, events and periods, each with its facts. */
import type { TimelineInput } from './timeline-input'

/**
 * Steps: 0 the parent fund and its pre-rule A100s; 1 DeepSeek founded and V2; 2 V3, the app and
 * R1 within four weeks.
 *
 * The axis is broken in three: seven and a half years of the fund squeezed narrow, the lab's
 * first years wider, and the four weeks from V3 to R1 widest, so their three dots stand apart.
 */
export const ORIGIN_TIMELINE: TimelineInput = {
  domain: ['2014-07-01', '2025-02-15'],
  segments: [
    { from: '2014-07-01', to: '2022-01-01', share: 0.27 },
    { from: '2022-01-01', to: '2024-12-01', share: 0.35, minorMonths: 6 },
    { from: '2024-12-01', to: '2025-02-15', share: 0.38, minorMonths: 1 },
  ],
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
    { id: 'deepseek-v3-release', lane: 'deepseek', factId: 'deepseek-v3-release', label: 'V3', step: 2 },
    { id: 'deepseek-app-launch', lane: 'deepseek', factId: 'deepseek-app-launch', label: 'app', step: 2 },
    { id: 'deepseek-r1-release', lane: 'deepseek', factId: 'deepseek-r1-release', label: 'R1, built on V3', step: 2 },
  ],
  bands: [
    { id: 'no-rule', lane: 'us', start: null, end: 'control-2022-08-nvidia-letter', status: 'allowed', label: 'no AI-chip export rule', detail: 'no US export licence needed for AI chips', step: 0 },
    { id: 'licence', lane: 'us', start: 'control-2022-08-nvidia-letter', end: null, status: 'licence', label: 'licence needed', detail: 'top AI chips need a US export licence for China', step: 0 },
  ],
}
