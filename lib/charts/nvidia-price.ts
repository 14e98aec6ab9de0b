/**
 * Nvidia's verified daily closes from Jan 24 to Feb 3, 2025, and the side panel's story, one
 * block a click: the Jan 24 close; + the Jan 27 drop; + the rebound and the days after. Every
 * figure and date in the panel, the axis captions and the text alternative is read from the
 * registry here.
 */
import type { CloseInput } from '../../data/series/nvidia-price'
import { NVIDIA_CLOSES, NVIDIA_TRADING_DAYS } from '../../data/series/nvidia-price'
import { pctChange } from '../change'
import { parseDay } from '../dates'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { priceDomain } from '../price-path'
import { tickLabel } from '../ticks'

export interface CloseRow extends CloseInput {
  date: string
  close: number
  /** Change from the first close, in percent to two decimals (derived). */
  pctFromFirst: number
}

/** One line of the side panel; the tone sets its colour and weight. */
export interface PanelLine {
  text: string
  tone: 'muted' | 'strong' | 'loss' | 'gain' | ''
}

export interface NvidiaStep {
  /** Closes up to this date are shown. */
  through: string
  /** The panel block this click adds. */
  panel: readonly PanelLine[]
}

const asOf = (factId: string) => getFact(factId).asOf
const day = (iso: string) => tickLabel('day', parseDay(iso))
const weekday = (iso: string) => tickLabel('weekday', parseDay(iso))
const price = (usd: number) => tickLabel('usd-price', usd)
const sameMonth = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7)
const dayOfMonth = (iso: string) => String(parseDay(iso).getUTCDate())

/** "Jan 30–31": a run of days, the month written once when it does not change. */
function daySpan(first: string, last: string): string {
  return first === last ? day(first) : `${day(first)}–${sameMonth(first, last) ? dayOfMonth(last) : day(last)}`
}

/** "Jan 30 and 31": days listed, the month written once while it does not change. */
function dayList(dates: readonly string[]): string {
  const names = dates.map((d, i) => (i > 0 && sameMonth(dates[i - 1], d) ? dayOfMonth(d) : day(d)))
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

const base = numberFact(NVIDIA_CLOSES[0].factId)
const rows: CloseRow[] = NVIDIA_CLOSES.map((r) => {
  const close = numberFact(r.factId)
  return { ...r, date: asOf(r.factId), close, pctFromFirst: Math.round(pctChange(base, close) * 100) / 100 }
})
const [first, last] = [rows[0], rows.at(-1)!]
/** Trading days on the axis with no verified close: drawn empty, and said so. */
const missing = NVIDIA_TRADING_DAYS.filter(d => !rows.some(r => r.date === d))
const drop = 'move-nvidia-pct'
const rebound = 'nvidia-rebound-pct'
// Ranks read "No. 1", as the slides say them; the registry prints "#1".
const worth = (valueId: string, rankId: string) => `Worth ${printedFact(valueId)}, No. ${printedFact(rankId).replace(/^#/, '')}`
const worthIds = ['nvidia-value-2025-01-24-usd', 'nvidia-value-2025-01-27-usd']

export const nvidiaPriceChart = defineChart<CloseRow, NvidiaStep>({
  id: 'nvidia-price',
  title: 'Nvidia’s fall, bounce and slide: closing prices',
  factIds: [
    ...rows.map(r => r.factId),
    drop,
    rebound,
    ...worthIds,
    'nvidia-loss-usd',
    'nvidia-rank-2025-01-21',
    'nvidia-rank-2025-01-27',
  ],
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'close', label: 'Close', unit: 'USD per share' },
    { key: 'pctFromFirst', label: `Change from ${day(first.date)} close`, unit: '%' },
  ],
  rows,
  steps: [
    { through: first.date, panel: [
      { text: weekday(first.date), tone: 'muted' },
      { text: worth('nvidia-value-2025-01-24-usd', 'nvidia-rank-2025-01-21'), tone: 'strong' },
    ] },
    { through: asOf(drop), panel: [
      { text: `${weekday(asOf(drop))}: ${printedFact(drop)}`, tone: 'loss' },
      { text: `${printedFact('nvidia-loss-usd')} gone`, tone: '' },
      { text: worth('nvidia-value-2025-01-27-usd', 'nvidia-rank-2025-01-27'), tone: 'strong' },
    ] },
    { through: last.date, panel: [
      { text: `${weekday(asOf(rebound))}: ${printedFact(rebound)}`, tone: 'gain' },
      // Not "after the fall": Nvidia closed lower again in March and April 2025.
      { text: `${day(last.date)}: ${printedFact(last.factId)}, lowest`, tone: '' },
      { text: 'close in the week after', tone: '' },
    ] },
  ],
  rowShown: (row, step) => row.date <= step.through,
})

/** The chart's words that hold a date or a figure. */
export const nvidiaPriceText = {
  unit: {
    usd: `USD per share at the close; the axis starts at ${price(priceDomain(rows.map(r => r.close))[0])}, not zero`,
    pct: `% change from the ${day(first.date)} close`,
  },
  /** The dotted reference line at the first close. */
  base: `${day(first.date)} close`,
  /** The days the dashed gap skips. */
  gap: missing.length ? daySpan(missing[0], missing.at(-1)!) : '',
  description: `Nvidia closing prices: ${rows.map(r => `${formatDate(r.date)} ${price(r.close)}`).join(', ')}. `
    + `${missing.length ? `${dayList(missing)} are not shown: their closes were not verified. ` : ''}`
    + `${day(asOf(drop))} was ${printedFact(drop)}, about ${printedFact('nvidia-loss-usd')} of market value `
    + `(from ${printedFact('nvidia-value-2025-01-24-usd')} to ${printedFact('nvidia-value-2025-01-27-usd')}, derived), `
    + `and ${day(asOf(rebound))} rebounded ${printedFact(rebound)}.`,
}
