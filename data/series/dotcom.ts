import type { ChartDataset, ChartSpec } from '../types'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

export type DotcomKey = 'peak' | 'low' | 'record' | 'jan27'

export interface DotcomRow {
  key: DotcomKey
  milestone: string
  date: string
  close: number
  factId: string
}

const ROWS: { key: DotcomKey, milestone: string, factId: string }[] = [
  { key: 'peak', milestone: 'Dot-com peak (record close)', factId: 'nasdaq-dotcom-peak' },
  { key: 'low', milestone: 'Bear-market low', factId: 'nasdaq-dotcom-low' },
  { key: 'record', milestone: 'First record close above the 2000 peak', factId: 'nasdaq-record-2015' },
  { key: 'jan27', milestone: 'DeepSeek sell-off day', factId: 'nasdaq-close-2025-01-27' },
]

function value(factId: string): number {
  const v = getFact(factId).value
  if (typeof v !== 'number')
    throw new TypeError(`${factId} must be a number`)
  return v
}

/** Only milestone closes are sourced: the chart draws these points, never a daily path. */
export const dotcomMilestones: ChartDataset<DotcomRow> = {
  id: 'nasdaq-dotcom-milestones',
  title: 'Nasdaq Composite milestones',
  factIds: [...ROWS.map(r => r.factId), 'nasdaq-peak-date', 'nasdaq-low-date', 'nasdaq-record-date', 'nasdaq-dotcom-drop-pct', 'nasdaq-recovery-years', 'move-nasdaq-pct'],
  columns: [
    { key: 'milestone', label: 'Milestone' },
    { key: 'date', label: 'Date' },
    { key: 'close', label: 'Close', unit: 'index points' },
  ],
  rows: ROWS.map(r => ({ ...r, date: getFact(r.factId).asOf, close: value(r.factId) })),
}

/** The two falls compared in the side bars, as positive percentages. */
export const dotcomFalls = {
  crash: Math.abs(value('nasdaq-dotcom-drop-pct')),
  jan27: Math.abs(value('move-nasdaq-pct')),
  /** Points lost on Jan 27: the day's drop drawn at the 2025 milestone. */
  jan27Points: Math.abs(value('nasdaq-points-2025-01-27')),
}

/**
 * Marks shown at each step of the dot-com slide (pages/05-market.md, `clicks: 2`): the crash
 * (peak, low, the −78% bar); + the 2015 record; + Jan 27, 2025 and its −3.07% bar.
 */
export const DOTCOM_STEPS: readonly { points: DotcomKey[], bars: ('crash' | 'jan27')[] }[] = [
  { points: ['peak', 'low'], bars: ['crash'] },
  { points: ['peak', 'low', 'record'], bars: ['crash'] },
  { points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'] },
]

export const dotcomSpec: ChartSpec = {
  chartId: 'dotcom',
  steps: DOTCOM_STEPS.length,
  marksAtStep: (step) => {
    const s = DOTCOM_STEPS[clampStep(step, DOTCOM_STEPS.length)]
    return s.points.length + s.bars.length
  },
}
