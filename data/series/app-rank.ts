/** The rows of the app-rank chart (lib/charts/app-rank.ts): DeepSeek's reported store ranks and the sell-off marker. */

/** What each build step adds: App Store points, then Google Play, then the Monday sell-off. */
export type AppRankLayer = 'appstore' | 'play' | 'selloff'

export interface AppRankInput {
  store: string
  series: Exclude<AppRankLayer, 'selloff'>
  /** Set when the source gives no exact day. */
  note: string
  factId: string
}

// Only the reported points: no daily ranks in between are known. Each
// rank and its day are the fact's value and date.
export const APP_RANK_ROWS: readonly AppRankInput[] = [
  { store: 'App Store (US)', series: 'appstore', factId: 'app-rank-us-before', note: 'about Jan 24: “a couple of days” before Jan 26' },
  { store: 'App Store (US)', series: 'appstore', factId: 'app-rank-us-peak', note: '' },
  { store: 'App Store (US)', series: 'appstore', factId: 'app-rank-us-jan27', note: '' },
  { store: 'Google Play (US)', series: 'play', factId: 'play-rank-us-before', note: '' },
  { store: 'Google Play (US)', series: 'play', factId: 'play-rank-us', note: '' },
]

/** The sell-off marker: Nvidia's one-day move, drawn on the day of the move. */
export const APP_RANK_SELLOFF = { name: 'Nvidia', factId: 'move-nvidia-pct' } as const
