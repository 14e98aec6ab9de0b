import type { ChartDataset, ChartSpec } from '../types'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

/** What each build step of the app-rank slide (pages/01-sputnik.md, `clicks: 2`) adds. */
export type AppRankLayer = 'appstore' | 'play' | 'selloff'

export interface AppRankRow {
  store: string
  series: Exclude<AppRankLayer, 'selloff'>
  date: string
  rank: number
  /** Set when the source gives no exact day. */
  note: string
  factId: string
}

// Only the reported points (fact table §3, S11): no daily ranks in between are known.
const ROWS: Omit<AppRankRow, 'rank'>[] = [
  { store: 'App Store (US)', series: 'appstore', date: '2025-01-24', factId: 'app-rank-us-before', note: 'about Jan 24: “a couple of days” before Jan 26' },
  { store: 'App Store (US)', series: 'appstore', date: '2025-01-26', factId: 'app-rank-us-peak', note: '' },
  { store: 'App Store (US)', series: 'appstore', date: '2025-01-27', factId: 'app-rank-us-jan27', note: '' },
  { store: 'Google Play (US)', series: 'play', date: '2025-01-24', factId: 'play-rank-us-before', note: '' },
  { store: 'Google Play (US)', series: 'play', date: '2025-01-27', factId: 'play-rank-us', note: '' },
]

function numberFact(id: string): number {
  const value = getFact(id).value
  if (typeof value !== 'number')
    throw new TypeError(`${id} must be a number`)
  return value
}

/** The sell-off marker on Mon Jan 27: Nvidia's one-day move, from the market registry. */
export const appRankSelloff = {
  date: '2025-01-27',
  factId: 'move-nvidia-pct',
  pct: numberFact('move-nvidia-pct'),
}

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const appRank: ChartDataset<AppRankRow> = {
  id: 'deepseek-app-rank-2025-01',
  title: 'DeepSeek’s app rank, Jan 24–27, 2025, and the Monday sell-off',
  factIds: [...ROWS.map(r => r.factId), appRankSelloff.factId],
  columns: [
    { key: 'store', label: 'Store' },
    { key: 'date', label: 'Date' },
    { key: 'rank', label: 'Rank among free apps', unit: '1 = top' },
    { key: 'note', label: 'Note' },
  ],
  rows: ROWS.map(r => ({ ...r, rank: numberFact(r.factId) })),
}

/** Layers shown at each step: App Store points, then Google Play, then the Monday sell-off. */
export const APP_RANK_STEPS: readonly AppRankLayer[][] = [
  ['appstore'],
  ['appstore', 'play'],
  ['appstore', 'play', 'selloff'],
]

export const appRankSpec: ChartSpec = {
  chartId: 'app-rank',
  steps: APP_RANK_STEPS.length,
  marksAtStep: (step) => {
    const layers = APP_RANK_STEPS[clampStep(step, APP_RANK_STEPS.length)]
    return appRank.rows.filter(r => layers.includes(r.series)).length + (layers.includes('selloff') ? 1 : 0)
  },
}
