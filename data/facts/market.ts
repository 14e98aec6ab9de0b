import type { Fact, FactFormat } from '../types'

// Act 5: the Jan 27, 2025 sell-off, Nvidia's week, the earlier one-day records and the dot-com
// comparison. Sources are cited by id from data/sources.ts.

const USD_B: FactFormat = { style: 'usd', scale: 'B' }
const USD_SHARE: FactFormat = { style: 'usd', digits: 2 }
const INDEX_POINTS: FactFormat = { style: 'number', digits: 2 }
const DATE: FactFormat = { style: 'date' }

function move(id: string, label: string, pct: number, sourceId: string, confidence: Fact['confidence'] = 'high'): Fact {
  return {
    id,
    act: 'market',
    label: `${label}, one-day change on Jan 27, 2025`,
    value: pct,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2025-01-27',
    confidence,
    sources: [sourceId],
  }
}

/** A move we could not source: kept for the record, never shown (confidence unverified). */
function unsourcedMove(id: string, label: string, pct: number, note: string): Fact {
  return { ...move(id, label, pct, ''), sources: [], confidence: 'unverified', note }
}

/** A Nvidia daily close in USD per share. */
function nvidiaClose(date: string, price: number, sources: string[], confidence: Fact['confidence'] = 'high', note?: string): Fact {
  return {
    id: `nvidia-close-${date}`,
    act: 'market',
    label: `Nvidia closing share price, ${date}`,
    value: price,
    unit: 'USD per share',
    format: USD_SHARE,
    asOf: date,
    confidence,
    sources,
    ...(note ? { note } : {}),
  }
}

/** A record one-day loss of market value: the chart of records lists these. */
function recordLoss(id: string, label: string, date: string, usd: number, sources: string[], extra: Partial<Fact> = {}): Fact {
  return {
    id,
    act: 'market',
    label: `${label}: market value lost in one day, ${date} (a record when set)`,
    value: usd,
    unit: 'USD',
    format: USD_B,
    asOf: date,
    confidence: 'high',
    sources,
    ...extra,
  }
}

/** A Nasdaq Composite milestone close, in index points. */
function nasdaqClose(id: string, label: string, date: string, points: number, sources: string[]): Fact {
  return {
    id,
    act: 'market',
    label: `Nasdaq Composite close, ${label}`,
    value: points,
    unit: 'index points',
    format: INDEX_POINTS,
    asOf: date,
    confidence: 'high',
    sources,
  }
}

/** Nvidia's market value at a close, in USD, as one publication reported it. */
function nvidiaValue(date: string, usd: number, label: string, sources: string[], extra: Partial<Fact> = {}): Fact {
  return {
    id: `nvidia-value-${date}-usd`,
    act: 'market',
    label: `Nvidia market value at the close, ${date}: ${label}`,
    value: usd,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', digits: 2 },
    asOf: date,
    confidence: 'high',
    sources,
    ...extra,
  }
}

/** The Nasdaq Composite's close on the last trading day of a year. */
function nasdaqYearEnd(date: string, points: number, sources: string[], extra: Partial<Fact> = {}): Fact {
  return {
    id: `nasdaq-close-${date.slice(0, 4)}`,
    act: 'market',
    label: `Nasdaq Composite close on the last trading day of ${date.slice(0, 4)} (${date})`,
    value: points,
    unit: 'index points',
    format: INDEX_POINTS,
    asOf: date,
    confidence: 'high',
    sources,
    ...extra,
  }
}

function dateFact(id: string, label: string, date: string, sources: string[]): Fact {
  return { id, act: 'market', label, value: date, unit: 'date', format: DATE, asOf: date, confidence: 'high', sources }
}

export const marketFacts: Fact[] = [
  {
    id: 'nvidia-loss-usd',
    act: 'market',
    label: 'Nvidia market value lost on Jan 27, 2025 (record for any company)',
    value: { low: 589e9, high: 593e9 },
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['reuters-2025-01-27-ai-rout', 'forbes-2025-01-27-biggest-market-loss'],
    // Three published figures for one loss: each is shown with its source and method.
    variants: [
      { value: 593e9, sourceIds: ['reuters-2025-01-27-ai-rout', 'reuters-2025-01-27-nasdaq-drops'], reason: 'Reuters, LSEG data (“$593 billion”; $592.7B): Jan 24 close $142.62 → Jan 27 official close $118.42' },
      { value: 589e9, sourceIds: ['forbes-2025-01-27-biggest-market-loss', 'chartmill-2025-01-27-market-monitor', 'longbridge-2025-01-28-nvidia-third-largest'], reason: 'Bloomberg’s tally, repeated by Forbes: Jan 24 close $142.62 → Jan 27 close; it fits the $118.58 last-sale print or a smaller share count' },
      { value: 600e9, format: { qualifier: '~' }, sourceIds: ['cnbc-2025-01-27-nvidia-sheds-600b'], reason: 'CNBC’s headline, “almost $600 billion”, a rounding: Jan 24 close → its first Jan 27 print, $118.58' },
    ],
    note: 'Data providers used different closing prices ($118.42 official close or $118.58 last-sale print) and share counts; intraday estimates ran from about $465B to $620B.',
  },
  {
    ...move('move-nvidia-pct', 'Nvidia', -16.97, 'reuters-2025-01-27-ai-rout'),
    derived: '(142.62 − 118.42) ÷ 142.62, from the Jan 24 and Jan 27 closes',
  },
  move('move-marvell-pct', 'Marvell', -19.1, 'reuters-2025-01-27-ai-rout'),
  move('move-broadcom-pct', 'Broadcom', -17.4, 'reuters-2025-01-27-ai-rout'),
  // Not in Reuters' Jan 27 story: Oracle's close is in its Jan 28 follow-up.
  move('move-oracle-pct', 'Oracle', -13.8, 'reuters-2025-01-28-tech-rebound'),
  move('move-sox-pct', 'PHLX Semiconductor index', -9.2, 'reuters-2025-01-27-nasdaq-drops'),
  move('move-softbank-pct', 'SoftBank Group (Tokyo)', -8.3, 'reuters-2025-01-27-ai-rout'),
  move('move-asml-pct', 'ASML (Amsterdam)', -7.0, 'reuters-2025-01-27-ai-rout'),
  // No source found for these closes (Reuters' story does not mention them): never shown.
  unsourcedMove('move-amd-pct', 'AMD', -6.3, 'Close-to-close move (−6.3%, or −6.37% unrounded) not found in any citable source; the only report seen is intraday (−7.9% at 2:54 pm, TheStreet).'),
  unsourcedMove('move-cisco-pct', 'Cisco', -5.0, 'No source found for Cisco’s move on Jan 27, 2025.'),
  move('move-alphabet-pct', 'Alphabet', -4.2, 'reuters-2025-01-27-ai-rout'),
  move('move-nasdaq-pct', 'Nasdaq Composite', -3.07, 'reuters-2025-01-27-nasdaq-drops'),
  unsourcedMove('move-tesla-pct', 'Tesla', -2.3, 'Not in Reuters’ Jan 27 story; no other source found.'),
  move('move-microsoft-pct', 'Microsoft', -2.1, 'reuters-2025-01-27-ai-rout'),
  move('move-sp500-pct', 'S&P 500', -1.46, 'reuters-2025-01-27-nasdaq-drops'),
  move('move-dow-pct', 'Dow Jones Industrial Average', 0.65, 'reuters-2025-01-27-nasdaq-drops'),
  {
    ...move('move-apple-pct', 'Apple', 3.3, 'chartmill-2025-01-27-market-monitor', 'medium'),
    // The one bar not from Reuters: its basis is named, since the closes are not citable.
    note: 'Chartmill’s end-of-day report: “Apple rose 3.3%”, its own rounding, closing prices not given. Closes of $222.78 (Jan 24) and $229.86 (Jan 27) would give +3.18%, but no citable source for those closes was found, so the chart keeps 3.3 and names its basis.',
  },
  {
    id: 'ai-stocks-loss-usd',
    act: 'market',
    label: 'Market value shed by US chip, power and AI-infrastructure stocks on Jan 27, 2025',
    value: 1e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', qualifier: '>' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['reuters-2025-01-28-tech-rebound'],
    background: true,
  },

  // Nvidia's closes around the sell-off Jan 30–31 are not verified: no facts.
  nvidiaClose('2025-01-24', 142.62, ['reuters-2025-01-28-tech-rebound']),
  {
    ...nvidiaClose('2025-01-27', 118.42, ['longbridge-2025-01-28-nvidia-third-largest'], 'high', 'The official Nasdaq close; it matches Reuters’ −16.97% from $142.62 and +8.9% rebound to $128.99.'),
    variants: [{ value: 118.58, sourceIds: ['cnbc-2025-01-27-nvidia-sheds-600b'], reason: 'CNBC’s first report: the last trade at 4 p.m., before the official closing price' }],
  },
  nvidiaClose('2025-01-28', 128.99, ['reuters-2025-01-28-tech-rebound']),
  // No longer charted (the nvidia-price chart was merged into nvidia-run): kept for the record.
  { ...nvidiaClose('2025-01-29', 123.7, ['marketbeat-2025-01-30-nvidia-down'], 'medium'), background: true },
  nvidiaClose('2025-02-03', 116.66, ['cnbc-2025-02-28-investing-club-nvidia'], 'medium', 'The lowest close in the week after the sell-off. CNBC called it the “post-DeepSeek closing low” on Feb 28, 2025; Nvidia closed lower in March and April 2025.'),
  {
    id: 'nvidia-rebound-pct',
    act: 'market',
    label: 'Nvidia one-day change on Jan 28, 2025, the day after the sell-off',
    value: 8.9,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2025-01-28',
    confidence: 'high',
    sources: ['reuters-2025-01-28-tech-rebound'],
  },
  {
    id: 'nvidia-gain-2023-pct',
    act: 'market',
    label: 'Nvidia share price change over 2023',
    value: 239,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2023-12-29',
    confidence: 'high',
    sources: ['cnbc-2025-01-21-nvidia-passes-apple'],
    note: 'CNBC: “nearly 239%”.',
    background: true,
  },
  {
    id: 'nvidia-gain-2024-pct',
    act: 'market',
    label: 'Nvidia share price change over 2024',
    value: 171,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2024-12-31',
    confidence: 'high',
    sources: ['cnbc-2025-01-21-nvidia-passes-apple'],
    note: 'One Dow Jones recap said 179%; CNBC’s figure is used.',
    background: true,
  },
  {
    id: 'nvidia-value-2025-01-21-usd',
    act: 'market',
    label: 'Nvidia market value on Jan 21, 2025, when it retook the #1 spot (CNBC, on the day)',
    value: 3.4e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', qualifier: '~' },
    asOf: '2025-01-21',
    confidence: 'high',
    sources: ['cnbc-2025-01-21-nvidia-passes-apple'],
    note: 'CNBC: “about $3.4 trillion” on the day; reports of the close, $140.83 a share, give $3.448T, the seed article’s “about $3.45 trillion”. At the last close before the fall (Jan 24) it was ≈$3.49T, so the article’s figure holds for either day.',
    background: true,
  },
  {
    id: 'nvidia-value-2025-01-24-usd',
    act: 'market',
    label: 'Nvidia market value at the Jan 24, 2025 close',
    value: 3.49e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', digits: 2, qualifier: '≈' },
    asOf: '2025-01-24',
    confidence: 'medium',
    sources: ['reuters-2025-01-27-ai-rout', 'reuters-2025-01-28-tech-rebound'],
    derived: 'implied shares = $593B ÷ ($142.62 − $118.42) ≈ 24.5B; × $142.62 ≈ $3.49T',
  },
  {
    id: 'nvidia-value-2025-01-27-usd',
    act: 'market',
    label: 'Nvidia market value at the Jan 27, 2025 close',
    value: 2.9e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', digits: 2, qualifier: '≈' },
    asOf: '2025-01-27',
    confidence: 'medium',
    sources: ['reuters-2025-01-27-ai-rout'],
    derived: 'implied shares ≈ 24.5B (as above) × $118.42 ≈ $2.90T; a post-drop report gives $2.903T',
  },
  {
    id: 'nvidia-rank-2025-01-21',
    act: 'market',
    label: 'Nvidia’s rank among the world’s most valuable companies, Jan 21, 2025',
    value: '#1',
    unit: 'rank',
    format: { style: 'text' },
    asOf: '2025-01-21',
    confidence: 'high',
    sources: ['cnbc-2025-01-21-nvidia-passes-apple'],
  },
  {
    id: 'nvidia-rank-2025-01-27',
    act: 'market',
    label: 'Nvidia’s rank among the world’s most valuable companies after Jan 27, 2025 (behind Apple and Microsoft)',
    value: '#3',
    unit: 'rank',
    format: { style: 'text' },
    asOf: '2025-01-27',
    confidence: 'medium',
    sources: ['forbes-2025-01-27-biggest-market-loss', 'longbridge-2025-01-28-nvidia-third-largest'],
  },

  // Nvidia's run in market value, Jan 2023 to Feb 2025: each close as one publication reported it.
  // Market values, not share prices, so the 10-for-1 split of June 2024 does not enter.
  nvidiaValue('2023-06-13', 1.01e12, 'first close above $1 trillion', ['marketwatch-2023-06-13-nvidia-closes-1t'], {
    note: 'MarketWatch, citing Dow Jones Market Data: the seventh US company to close above $1 trillion. It had touched $1 trillion intraday on May 30, 2023 but closed below.',
  }),
  nvidiaValue('2024-03-01', 2.06e12, 'first close above $2 trillion', ['reuters-2024-03-01-nvidia-closes-2t'], {
    note: 'Reuters: third behind Microsoft ($3.09T) and Apple ($2.77T). It had touched $2 trillion intraday on Feb 23, 2024.',
  }),
  nvidiaValue('2024-06-05', 3.019e12, 'first close above $3 trillion, passing Apple', ['cnbc-2024-06-05-nvidia-passes-apple'], {
    format: { style: 'usd', scale: 'T', digits: 3 },
  }),
  nvidiaValue('2024-06-18', 3.335e12, 'passes Microsoft as the most valuable listed company', ['livemint-2024-06-19-nvidia-most-valuable'], {
    format: { style: 'usd', scale: 'T', digits: 3 },
    note: 'Close $135.58, after the 10-for-1 split of June 7, 2024.',
  }),
  nvidiaValue('2025-01-06', 3.66e12, 'record close before the sell-off', ['dow-jones-2025-01-06-nvidia-record-close'], {
    note: 'Dow Jones Market Data: a record close of $149.43, just behind Apple ($3.703T) by market value that day.',
  }),
  nvidiaValue('2025-02-03', 2.86e12, 'a week after the sell-off', ['reuters-2025-01-27-ai-rout', 'cnbc-2025-02-28-investing-club-nvidia'], {
    format: { style: 'usd', scale: 'T', digits: 2, qualifier: '≈' },
    confidence: 'medium',
    derived: 'implied shares ≈ 24.5B (Reuters’ $593B loss ÷ the $24.20 fall in the close) × $116.66 ≈ $2.86T',
  }),
  { ...nvidiaClose('2025-01-06', 149.43, ['dow-jones-2025-01-06-nvidia-record-close'], 'high', 'Record close before the sell-off; the previous record was $148.88 on Nov 7, 2024 (Dow Jones Market Data).'), background: true },
  {
    id: 'nvidia-rank-2024-06-18',
    act: 'market',
    label: 'Nvidia’s rank among the world’s most valuable listed companies at the Jun 18, 2024 close',
    value: '#1',
    unit: 'rank',
    format: { style: 'text' },
    asOf: '2024-06-18',
    confidence: 'high',
    sources: ['livemint-2024-06-19-nvidia-most-valuable'],
  },
  // The records Jan 27 broke: each was the largest one-day loss of market value when it was set.
  recordLoss('loss-apple-2020-usd', 'Apple', '2020-09-03', 180e9, ['fox-business-2020-09-03-apple-drop'], {
    format: { ...USD_B, qualifier: '~' },
    note: 'Fox Business (Dow Jones Market Data): $179B, the “biggest market cap drop for a U.S. listed company ever”. Barron’s said about $180B, Investopedia $182B.',
  }),
  recordLoss('loss-meta-2022-usd', 'Meta Platforms', '2022-02-03', 232e9, ['livemint-2024-09-04-nvidia-279b-rout'], {
    note: 'LSEG data via Reuters, as Livemint reports: $232B. Bloomberg’s tally was $251.3B.',
  }),
  recordLoss('nvidia-loss-2024-09-usd', 'Nvidia', '2024-09-03', 279e9, ['livemint-2024-09-04-nvidia-279b-rout'], {
    format: { ...USD_B, qualifier: '~' },
    note: 'The record until Jan 27, 2025.',
  }),

  {
    id: 'billionaires-loss-usd',
    background: true,
    act: 'market',
    label: 'Combined one-day loss of the world’s 500 richest people, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 108e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['bloomberg-2025-01-29-richest-lose-108b', 'nairametrics-2025-01-28-billionaires-lose-108b'],
    note: 'Forbes-based tallies differ (Huang −$20.8B, Ellison −$27.6B).',
  },
  {
    id: 'billionaires-index-size',
    background: true,
    act: 'market',
    label: 'People ranked by the Bloomberg Billionaires Index (the world’s richest)',
    value: 500,
    unit: 'people',
    format: { style: 'number' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['bloomberg-2025-01-29-richest-lose-108b'],
  },
  {
    id: 'billionaires-tech-loss-usd',
    background: true,
    act: 'market',
    label: 'Part of that loss borne by tech billionaires, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 94e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['bloomberg-2025-01-29-richest-lose-108b'],
  },
  {
    id: 'huang-loss-usd',
    background: true,
    act: 'market',
    label: 'Jensen Huang’s one-day wealth loss, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 20.1e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['bloomberg-2025-01-29-richest-lose-108b', 'nairametrics-2025-01-28-billionaires-lose-108b'],
  },
  {
    id: 'ellison-loss-usd',
    background: true,
    act: 'market',
    label: 'Larry Ellison’s one-day wealth loss, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 22.6e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['bloomberg-2025-01-29-richest-lose-108b', 'nairametrics-2025-01-28-billionaires-lose-108b'],
  },

  // The dot-com comparison, with Jan 27's close for scale.
  nasdaqClose('nasdaq-dotcom-peak', 'dot-com peak (record close)', '2000-03-10', 5048.62, ['reuters-2015-04-23-nasdaq-record', 'fundranker-2015-05-04-nasdaq-high']),
  nasdaqClose('nasdaq-dotcom-low', 'bear-market low', '2002-10-09', 1114.11, ['reuters-2015-04-23-nasdaq-record', 'fundranker-2015-05-04-nasdaq-high']),
  nasdaqClose('nasdaq-record-2015', 'first record close above the 2000 peak', '2015-04-23', 5056.06, ['reuters-2015-04-23-nasdaq-record']),
  nasdaqClose('nasdaq-close-2025-01-27', 'Jan 27, 2025', '2025-01-27', 19341.83, ['reuters-2025-01-27-nasdaq-drops']),
  {
    id: 'nasdaq-points-2025-01-27',
    act: 'market',
    label: 'Nasdaq Composite change in points on Jan 27, 2025',
    value: -612.47,
    unit: 'index points',
    format: { style: 'number', digits: 2, signed: true },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['reuters-2025-01-27-nasdaq-drops'],
    background: true,
  },
  {
    id: 'nasdaq-dotcom-drop-pct',
    act: 'market',
    label: 'Nasdaq Composite fall from the Mar 2000 peak to the Oct 2002 low (closes)',
    value: -78,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2002-10-09',
    confidence: 'high',
    sources: ['reuters-2018-12-21-nasdaq-bear-markets', 'fundranker-2015-05-04-nasdaq-high'],
    derived: '(5,048.62 − 1,114.11) ÷ 5,048.62 = 77.9%; Reuters: 77.93% over 674 trading days',
  },
  {
    id: 'nasdaq-recovery-years',
    act: 'market',
    label: 'Years from the Nasdaq’s Mar 2000 record close to its next record close (Apr 2015)',
    value: 15,
    unit: 'years',
    format: { style: 'number', qualifier: '~', suffix: 'years' },
    asOf: '2015-04-23',
    confidence: 'high',
    sources: ['reuters-2015-04-23-nasdaq-record', 'fundranker-2015-05-04-nasdaq-high'],
    derived: 'Mar 10, 2000 → Apr 23, 2015 = 15.1 years',
    note: 'The seed article says “nearly 10 years”. Adjusted for inflation, the 2000 peak was still not regained in 2015 (Fundranker).',
  },

  // The Nasdaq Composite at each year's last close, 1995-2024: the dot-com chart's line.
  nasdaqYearEnd('1995-12-29', 1052.14, ['spokesman-review-1995-12-30-record-year'], {
    note: 'Bloomberg Business News’ closing figure, reported the next morning.',
  }),
  nasdaqYearEnd('1996-12-31', 1291.03, ['chicago-tribune-1997-01-01-banner-year']),
  nasdaqYearEnd('1997-12-31', 1570, ['latimes-2001-03-04-nasdaq-winner-to-loser'], {
    format: { ...INDEX_POINTS, qualifier: '~' },
    note: 'The Los Angeles Times rounds it to 1,570.',
  }),
  nasdaqYearEnd('1998-12-31', 2192.69, ['nasdaq-2000-01-28-records-in-1999'], {
    derived: '4,069.31 (the 1999 close) − 1,876.62 (the 1999 gain in points), both from Nasdaq',
  }),
  nasdaqYearEnd('1999-12-31', 4069.31, ['nasdaq-2000-01-28-records-in-1999']),
  ...([
    ['2000-12-29', 2470.52],
    ['2001-12-31', 1950.40],
    ['2002-12-31', 1335.51],
    ['2003-12-31', 2003.37],
    ['2004-12-31', 2175.44],
    ['2005-12-30', 2205.32],
    ['2006-12-29', 2415.29],
    ['2007-12-31', 2652.28],
    ['2008-12-31', 1577.03],
    ['2009-12-31', 2269.15],
    ['2010-12-31', 2652.87],
    ['2011-12-30', 2605.15],
    ['2012-12-31', 3019.51],
    ['2013-12-31', 4176.59],
    ['2014-12-31', 4736.05],
    ['2015-12-31', 5007.41],
    ['2016-12-30', 5383.12],
    ['2017-12-29', 6903.39],
    ['2018-12-31', 6635.28],
    ['2019-12-31', 8972.61],
    ['2020-12-31', 12888.28],
    ['2021-12-31', 15644.97],
    ['2022-12-30', 10466.48],
    ['2023-12-29', 15011.35],
  ] as const).map(([date, points]) => nasdaqYearEnd(date, points, ['macrotrends-2024-04-nasdaq-annual-data'])),
  nasdaqYearEnd('2024-12-31', 19310.79, ['cnbc-2024-12-31-stocks-close-2024']),
  dateFact('nasdaq-peak-date', 'Date of the Nasdaq’s dot-com record close', '2000-03-10', ['reuters-2015-04-23-nasdaq-record']),
  dateFact('nasdaq-low-date', 'Date of the Nasdaq’s post-dot-com closing low', '2002-10-09', ['fundranker-2015-05-04-nasdaq-high']),
  dateFact('nasdaq-record-date', 'Date the Nasdaq first closed above its 2000 record', '2015-04-23', ['reuters-2015-04-23-nasdaq-record']),
]
