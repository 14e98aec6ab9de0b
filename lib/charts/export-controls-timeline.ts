/**
 * Which Nvidia chips could be sold to China when, with DeepSeek's releases on the same axis.
 * Steps: the 2022 rules; the Oct 2023 update; Dec 2024 – Jan 2025; the H20 licence and the 15% deal of 2025.
 */
import { EXPORT_CONTROLS_TIMELINE } from '../../data/series/export-controls-timeline'
import { defineTimeline } from '../timeline/define'

export const exportControlsTimelineChart = defineTimeline({
  id: 'export-controls-timeline',
  title: 'Which Nvidia chips could be sold to China, 2022–2025',
  unit: 'Nvidia data-centre chips, by US export status',
  data: EXPORT_CONTROLS_TIMELINE,
  columns: { date: 'From', until: 'Until', lane: 'Chip or actor', what: 'What' },
  span: 'mid-2022 to the end of 2025',
  before: 'before mid-2022',
  // Each label carries its month and year.
  dates: 'month',
  laneTones: { rules: 'us', deepseek: 'deepseek', nvidia: 'nvidia' },
  marginLeft: 104,
  minorMonths: 6,
  sourceFactIds: ['control-2023-10-update', 'control-2025-04-h20'],
})
