import type { TimelineData, TimelineEvent } from '../../lib/timeline'
import { formatValue } from '../../lib/format'
import { timelineShortDate } from '../../lib/timeline'
import { getFact } from '../../lib/facts'
import { factDate, timelineDataset } from '../timeline-dataset'

/**
 * The table shows each event's registry label; the chart shows its short label after a date
 * without the year (the axis gives the years).
 */
function withDetails(events: TimelineEvent[]): TimelineEvent[] {
  return events.map(e => ({
    ...e,
    dateText: timelineShortDate(e.date),
    detail: e.factId ? getFact(e.factId).label : e.label,
  }))
}

function factText(id: string): string {
  const f = getFact(id)
  return formatValue(f.value, f.format)
}

const letter = factDate('control-2022-08-nvidia-letter')
const update2023 = factDate('control-2023-10-update')
const h800Start = factDate('h800-launch')
const h20Licence = factDate('control-2025-04-h20')
const h20Resume = factDate('control-2025-07-h20-resume')
/** "Q1 2024" → "2024-01": the H20 launch is known only to the quarter (Reuters, Nov 2023). */
function quarterStart(id: string): string {
  const m = /^Q([1-4]) (\d{4})$/.exec(String(getFact(id).value))
  if (!m)
    throw new TypeError(`${id} must be a quarter such as "Q1 2024"`)
  return `${m[2]}-${String((Number(m[1]) - 1) * 3 + 1).padStart(2, '0')}`
}

const h20Start = quarterStart('h20-launch')

/**
 * Which Nvidia chips could be sold to China when, with DeepSeek on the same axis
 * (Act 4, pages/04-export-controls.md, `clicks: 3`). Steps: 0 the 2022 rules and the cut-down
 * chips they let through; 1 the Oct 2023 update and the H20; 2 Dec 2024 – Jan 2025, with V3, R1
 * and the sell-off; 3 what 2025 brought.
 */
export const exportControlsTimelineData: TimelineData = {
  domain: ['2022-06-01', '2025-10-01'],
  steps: 4,
  lanes: [
    { id: 'rules', label: 'US rules', kind: 'events' },
    { id: 'a100', label: 'A100, H100', kind: 'bands' },
    { id: 'a800', label: 'A800, H800', kind: 'bands' },
    { id: 'h20', label: 'H20', kind: 'bands' },
    { id: 'deepseek', label: 'DeepSeek', kind: 'events' },
  ],
  events: withDetails([
    { id: 'letter', lane: 'rules', date: letter, label: 'licence letter', step: 0, factId: 'control-2022-08-nvidia-letter' },
    { id: 'rules-2022', lane: 'rules', date: factDate('control-2022-10-rules'), label: 'chip rules', step: 0, factId: 'control-2022-10-rules' },
    { id: 'update-2023', lane: 'rules', date: update2023, label: 'update', step: 1, factId: 'control-2023-10-update' },
    { id: 'hbm', lane: 'rules', date: factDate('control-2024-12-hbm'), label: 'HBM rules', step: 2, factId: 'control-2024-12-hbm' },
    { id: 'diffusion', lane: 'rules', date: factDate('control-2025-01-diffusion'), label: 'Diffusion rule', step: 2, factId: 'control-2025-01-diffusion' },
    { id: 'h20-licence', lane: 'rules', date: h20Licence, label: 'H20 licence', step: 3, factId: 'control-2025-04-h20' },
    { id: 'rescind', lane: 'rules', date: factDate('control-2025-05-rescind'), label: 'Diffusion rule dropped', step: 3, factId: 'control-2025-05-rescind' },
    { id: 'h20-resume', lane: 'rules', date: h20Resume, label: 'H20 promised', step: 3, factId: 'control-2025-07-h20-resume' },
    { id: 'v3', lane: 'deepseek', date: factDate('deepseek-v3-release'), label: `V3 (${factText('v3-gpu-count')} H800s)`, step: 2, guide: true, factId: 'deepseek-v3-release' },
    { id: 'r1', lane: 'deepseek', date: factDate('deepseek-r1-release'), label: 'R1', step: 2, factId: 'deepseek-r1-release' },
    { id: 'selloff', lane: 'deepseek', date: getFact('move-nvidia-pct').asOf, label: `Nvidia ${factText('move-nvidia-pct')}`, step: 2, factId: 'move-nvidia-pct' },
  ]),
  bands: [
    { id: 'a100-sold', lane: 'a100', start: null, end: letter, status: 'allowed', label: 'sold', step: 0 },
    { id: 'a100-licence', lane: 'a100', start: letter, end: null, status: 'licence', label: 'licence needed', step: 0 },
    { id: 'a800-sold', lane: 'a800', start: factDate('a800-launch'), end: h800Start, status: 'allowed', label: 'A800', detail: 'A800 could be sold to China', step: 0, factIds: ['a800-launch'] },
    { id: 'h800-sold', lane: 'a800', start: h800Start, end: update2023, status: 'allowed', label: 'A800, H800', detail: 'A800 and H800 could be sold to China', step: 0, endStep: 1, factIds: ['h800-launch'] },
    { id: 'a800-licence', lane: 'a800', start: update2023, end: null, status: 'licence', label: 'licence needed', step: 1 },
    { id: 'h20-sold', lane: 'h20', start: h20Start, end: h20Licence, status: 'allowed', label: 'sold', detail: 'H20 could be sold to China (launch due Q1 2024)', step: 1, endStep: 3, factIds: ['h20-launch'] },
    { id: 'h20-licence', lane: 'h20', start: h20Licence, end: h20Resume, status: 'licence', label: 'licence', step: 3 },
    { id: 'h20-promised', lane: 'h20', start: h20Resume, end: null, status: 'promised', label: 'promised', step: 3 },
  ],
}

const exportControlsTimelineChart = timelineDataset(exportControlsTimelineData, {
  id: 'export-controls-timeline',
  title: 'Which Nvidia chips could be sold to China, 2022–2025',
  extraFactIds: ['a800-launch', 'h800-launch', 'h20-launch', 'v3-gpu-count'],
  labels: { date: 'From', until: 'Until', lane: 'Chip or actor', what: 'What' },
})

export const exportControlsTimeline = exportControlsTimelineChart.dataset
export const exportControlsTimelineSpec = exportControlsTimelineChart.spec
