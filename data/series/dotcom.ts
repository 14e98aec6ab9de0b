/** The milestones of the dot-com chart (lib/charts/dotcom.ts): each Nasdaq close and its fact. */

export type DotcomKey = 'peak' | 'low' | 'record' | 'jan27'

/** The two falls compared in the side bars. */
export type FallKey = 'crash' | 'jan27'

export interface MilestoneInput {
  key: DotcomKey
  milestone: string
  factId: string
}

/** Only milestone closes are sourced: the chart draws these points, never a daily path. */
export const DOTCOM_MILESTONES: readonly MilestoneInput[] = [
  { key: 'peak', milestone: 'Dot-com peak (record close)', factId: 'nasdaq-dotcom-peak' },
  { key: 'low', milestone: 'Bear-market low', factId: 'nasdaq-dotcom-low' },
  { key: 'record', milestone: 'First record close above the 2000 peak', factId: 'nasdaq-record-2015' },
  { key: 'jan27', milestone: 'DeepSeek sell-off day', factId: 'nasdaq-close-2025-01-27' },
]
