/**
 * The closes of the dot-com chart (lib/charts/dotcom.ts): the Nasdaq Composite's last close of
 * each year from 1995 to 2024, and the milestone closes, each naming its fact.
 */

export type DotcomKey = 'peak' | 'low' | 'record' | 'jan27'

/** The two falls compared in the side bars. */
export type FallKey = 'crash' | 'jan27'

export interface MilestoneInput {
  key: DotcomKey
  milestone: string
  factId: string
}

/** The annotated closes. */
export const DOTCOM_MILESTONES: readonly MilestoneInput[] = [
  { key: 'peak', milestone: 'Dot-com peak (record close)', factId: 'nasdaq-dotcom-peak' },
  { key: 'low', milestone: 'Bear-market low', factId: 'nasdaq-dotcom-low' },
  { key: 'record', milestone: 'First record close above the 2000 peak', factId: 'nasdaq-record-2015' },
  { key: 'jan27', milestone: 'DeepSeek sell-off day', factId: 'nasdaq-close-2025-01-27' },
]

/** The last close of each year, 1995–2024: the line runs through these and the milestones. */
export const DOTCOM_YEAR_ENDS: readonly string[] = Array.from({ length: 30 }, (_, i) => `nasdaq-close-${1995 + i}`)
