/**
 * DeepSeek's reported app-store ranks over the weekend before the sell-off, then the Monday
 * move itself. Steps: App Store points, then Google Play points, then the Nvidia marker.
 */
import type { AppRankInput, AppRankLayer } from '../../data/series/app-rank'
import { utcFormat } from 'd3-time-format'
import { APP_RANK_ROWS, APP_RANK_SELLOFF } from '../../data/series/app-rank'
import { defineChart } from '../chart'
import { parseDay } from '../dates'
import { displayFact, getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { rankLayout } from '../rank'
import { tickLabel } from '../ticks'

export interface AppRankRow extends AppRankInput {
  /** The fact's day, YYYY-MM-DD. */
  date: string
  rank: number
  /** The series' latest point: its label names the store. */
  last: boolean
  /** "#31 (about Jan 24)", "#1 App Store (US)", "#133". */
  label: string
}

const weekdayName = utcFormat('%A')
const day = (date: string) => tickLabel('day', parseDay(date))

const dated = APP_RANK_ROWS.map(r => ({ ...r, date: getFact(r.factId).asOf, rank: numberFact(r.factId) }))
const lastDate = (series: string) => dated.filter(r => r.series === series).map(r => r.date).sort().at(-1)
const rows: AppRankRow[] = dated.map((r) => {
  const last = r.date === lastDate(r.series)
  const suffix = last ? ` ${r.store}` : r.note ? ` (about ${day(r.date)})` : ''
  return { ...r, last, label: `${tickLabel('rank', r.rank)}${suffix}` }
})

const sellDate = getFact(APP_RANK_SELLOFF.factId).asOf
// Rounded on the chart, exact in the text alternative.
const sellMove = displayFact(APP_RANK_SELLOFF.factId)
const sellMoveExact = printedFact(APP_RANK_SELLOFF.factId)
const dates = [...rows.map(r => r.date), sellDate].sort()

/** First and last day on the time axis, YYYY-MM-DD. */
export const appRankDays = { from: dates[0], to: dates.at(-1)! }

/** "Jan 24–27, 2025" within one month, else both dates in full. */
function dayRange(from: string, to: string): string {
  return from.slice(0, 7) === to.slice(0, 7)
    ? `${day(from)}–${parseDay(to).getUTCDate()}, ${from.slice(0, 4)}`
    : `${formatDate(from)} – ${formatDate(to)}`
}

function seriesLine(series: string): string {
  return rows.filter(r => r.series === series)
    .map(r => `No. ${r.rank} on ${formatDate(r.date)}${r.note ? ` (${r.note})` : ''}`)
    .join(', ')
}

/** The chart's words, all from the rows and the registry. */
export const appRankText = {
  unit: 'free apps, US stores',
  axis: 'rank (1 = top) · log scale',
  sell: { date: sellDate, label: `${APP_RANK_SELLOFF.name} ${sellMove}`, sub: 'in one day' },
  description: `DeepSeek's rank among free apps. US App Store: ${seriesLine('appstore')}. Google Play US: ${seriesLine('play')}. `
    + `On ${weekdayName(parseDay(sellDate))} ${formatDate(sellDate)}, ${APP_RANK_SELLOFF.name}'s shares moved ${sellMoveExact}.`,
}

/** The slide's width: narrower than this, the chart is laid out for a phone. */
const SLIDE = 880

/**
 * The chart at a viewBox width. On a slide: one line of key at the top right, day ticks on one
 * line, point labels left of their points. Narrower (a phone): the key on a line of its own, the
 * weekday over the date, labels right of their points, and just the right margin the end labels
 * need.
 */
function appRankLayout(width: number) {
  const narrow = width < SLIDE
  const box = narrow
    ? { width, height: 330, marginLeft: 48, marginRight: 164, marginTop: 72, marginBottom: 46 }
    : { width, height: 290, marginLeft: 64, marginRight: 200, marginTop: 44, marginBottom: 34 }
  const layout = rankLayout(rows, { ...box, ...appRankDays, worstRank: 150 })
  return {
    box,
    plot: layout.plot,
    paths: layout.paths,
    yTicks: layout.yTicks.map(t => ({ at: t.y, label: t.label })),
    key: narrow ? { x: 0, y: 36 } : { x: width - 286, y: 11 },
    sellX: layout.xOf(sellDate),
    // "Fri Jan 24" on a slide; narrower, the weekday over the date, the month on the first day
    // only ("Jan 24", then "25"): four full dates do not fit side by side. Each line's baseline.
    xTicks: layout.xTicks.map((t, i) => {
      const [weekday, month, date] = t.label.split(' ')
      const lines = narrow ? [weekday, i === 0 ? `${month} ${date}` : date] : [t.label]
      return { ...t, lines: lines.map((text, k) => ({ text, y: box.height - (narrow ? 26 - 20 * k : 6) })) }
    }),
    // Labels keep clear of the joins and of the rank labels on the left.
    points: layout.points.map((p, i) => ({
      ...p,
      index: i,
      key: `${p.series}-${p.date}`,
      ...(p.last
        ? { dx: 14, dy: 6, anchor: 'start' as const }
        : p.rank === 1
          ? { dx: 0, dy: -14, anchor: 'middle' as const }
          : p.note
            ? { dx: 10, dy: 26, anchor: 'start' as const }
            : narrow ? { dx: 12, dy: 4, anchor: 'start' as const } : { dx: -12, dy: 6, anchor: 'end' as const }),
    })),
  }
}

export type AppRankLayout = ReturnType<typeof appRankLayout>

export const appRankChart = defineChart<AppRankRow, readonly AppRankLayer[], AppRankLayout>({
  id: 'app-rank',
  title: `DeepSeek’s app rank, ${dayRange(appRankDays.from, appRankDays.to)}, and the ${weekdayName(parseDay(sellDate))} sell-off`,
  factIds: [...rows.map(r => r.factId), APP_RANK_SELLOFF.factId],
  columns: [
    { key: 'store', label: 'Store' },
    { key: 'date', label: 'Date' },
    { key: 'rank', label: 'Rank among free apps', unit: '1 = top' },
    { key: 'note', label: 'Note' },
  ],
  rows,
  steps: [
    ['appstore'],
    ['appstore', 'play'],
    ['appstore', 'play', 'selloff'],
  ],
  rowShown: (row, layers) => layers.includes(row.series),
  // One mark per shown point, plus the sell-off marker once it is revealed.
  marks: (layers, all) => all.filter(r => layers.includes(r.series)).length + (layers.includes('selloff') ? 1 : 0),
  layout: appRankLayout,
})
