/**
 * Nvidia's market value between the closes publishers reported: each close's value is the last
 * reported value scaled by the share price's move since (value = reported × close ÷ close on the
 * reported day). Only ratios of closes enter, so the 10-for-1 split of June 2024 and the dividend
 * adjustment of the price series cancel out; a reported value replaces the chained one on its
 * own day. Pure: no Vue, no DOM.
 */

export interface ReportedValue { date: string, usd: number }

export interface ChainedValue {
  date: string
  /** The share price on the day, as the series gives it. */
  close: number
  usd: number
  /** The reported value it was scaled from (its own date on a reported day). */
  from: string
}

export function chainValues(closes: readonly (readonly [string, number])[], reported: readonly ReportedValue[]): ChainedValue[] {
  const closeOn = new Map(closes.map(([d, c]) => [d, c]))
  const anchors = [...reported].sort((a, b) => (a.date < b.date ? -1 : 1))
  for (const a of anchors) {
    if (!closeOn.has(a.date))
      throw new Error(`chainValues: the series has no close on ${a.date}, a day with a reported value`)
  }
  if (!anchors.length || closes.some(([d]) => d < anchors[0].date))
    throw new Error('chainValues: the series must start on or after the first reported value')
  let k = 0
  return closes.map(([date, close]) => {
    while (k + 1 < anchors.length && anchors[k + 1].date <= date)
      k++
    const a = anchors[k]
    const usd = a.date === date ? a.usd : a.usd * close / closeOn.get(a.date)!
    return { date, close, usd, from: a.date }
  })
}

/** Monday-based week number of an ISO day (Jan 1, 1970 was a Thursday). */
const weekOf = (iso: string) => Math.floor((Date.parse(`${iso}T00:00:00Z`) / 864e5 + 3) / 7)

/** The last close of each week, and the closes on the days in `keep` (a chart's reported days). */
export function weeklyCloses<C extends readonly [string, number]>(closes: readonly C[], keep: ReadonlySet<string>): C[] {
  return closes.filter(([d], i) => keep.has(d) || i === closes.length - 1 || weekOf(closes[i + 1][0]) !== weekOf(d))
}

/** A derived value is no more precise than the reported value it is scaled from: whole billions. */
export const roundDerived = (usd: number): number => Math.round(usd / 1e9) * 1e9

/** A derived value as the table and the CSV print it: "≈$2.57T". */
export const printDerived = (usd: number): string => `≈$${(usd / 1e12).toFixed(2)}T`
