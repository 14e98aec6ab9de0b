import type { TimelineData, TimelineEvent } from '../../lib/timeline'
import { formatValue } from '../../lib/format'
import { getFact } from '../../lib/facts'
import { factDate, timelineDataset } from '../timeline-dataset'

/** The table shows each event's registry label, the chart its short label. */
function withDetails(events: TimelineEvent[]): TimelineEvent[] {
  return events.map(e => ({ ...e, detail: e.factId ? getFact(e.factId).label : e.label }))
}

const a100 = getFact('highflyer-a100-count')

/**
 * From hedge fund to R1 (Act 2, pages/02-origin.md, `clicks: 2`). Steps: 0 the parent fund and
 * its pre-rule A100s; 1 DeepSeek founded and V2; 2 V3, the app and R1 within four weeks.
 */
export const originTimelineData: TimelineData = {
  domain: ['2014-07-01', '2025-07-01'],
  steps: 3,
  lanes: [
    { id: 'highflyer', label: 'High-Flyer', kind: 'events' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
    { id: 'us', label: 'US rules', kind: 'bands' },
  ],
  events: withDetails([
    { id: 'highflyer-founded', lane: 'highflyer', date: factDate('highflyer-founded'), label: 'quant fund founded', step: 0, factId: 'highflyer-founded' },
    {
      id: 'highflyer-a100-purchase',
      lane: 'highflyer',
      date: factDate('highflyer-a100-purchase'),
      label: `${formatValue(a100.value, a100.format)} A100 GPUs bought`,
      step: 0,
      factId: 'highflyer-a100-purchase',
    },
    { id: 'deepseek-founded', lane: 'deepseek', date: factDate('deepseek-founded'), label: 'DeepSeek spun out', step: 1, factId: 'deepseek-founded' },
    { id: 'deepseek-v2-release', lane: 'deepseek', date: factDate('deepseek-v2-release'), label: 'V2', step: 1, factId: 'deepseek-v2-release' },
    { id: 'deepseek-v3-release', lane: 'deepseek', date: factDate('deepseek-v3-release'), label: 'V3', step: 2, factId: 'deepseek-v3-release' },
    { id: 'deepseek-app-launch', lane: 'deepseek', date: factDate('deepseek-app-launch'), label: 'app', step: 2, factId: 'deepseek-app-launch' },
    { id: 'deepseek-r1-release', lane: 'deepseek', date: factDate('deepseek-r1-release'), label: 'R1', step: 2, factId: 'deepseek-r1-release' },
  ]),
  bands: [
    { id: 'no-rule', lane: 'us', start: null, end: factDate('control-2022-08-nvidia-letter'), status: 'allowed', label: 'no AI-chip export rule', detail: 'no US export licence needed for AI chips', step: 0 },
    { id: 'licence', lane: 'us', start: factDate('control-2022-08-nvidia-letter'), end: null, status: 'licence', label: 'licence needed', detail: 'top AI chips need a US export licence for China', step: 0, factIds: ['control-2022-08-nvidia-letter'] },
  ],
}

const originTimelineChart = timelineDataset(originTimelineData, {
  id: 'origin-timeline',
  title: 'From a quant fund to R1, 2015–2025',
  extraFactIds: ['highflyer-a100-count', 'control-2022-08-nvidia-letter'],
  labels: { date: 'Date', until: 'Until', lane: 'Who', what: 'What' },
})

export const originTimeline = originTimelineChart.dataset
export const originTimelineSpec = originTimelineChart.spec
