import type { Fact, FactFormat, Source } from '../types'

// Act 5: the Jan 27, 2025 sell-off, Nvidia's week, the earlier one-day records and the dot-com
// comparison. Rows follow /work/shared/research/facts.md sections H and I; the earlier
// records (Apple 2020, Meta 2022) were checked separately and carry their own sources.

// Reuters' Jan 27 market wrap, as read through syndicated copies (the fact table, H4/H7).
const reutersRout: Source = {
  outlet: 'Reuters',
  title: 'DeepSeek “Sputnik moment” sparks rout in AI-linked stocks',
  url: 'https://aichipsnews.com/deepseek-sputnik-moment-sparks-rout-in-ai-linked-stocks/',
  date: '2025-01-27',
}
const reutersClose: Source = {
  outlet: 'Reuters',
  title: 'Nasdaq tumbles as China’s AI push rattles Big Tech',
  url: 'https://au.investing.com/news/stock-market-news/nasdaq-futures-tumble-as-chinas-ai-push-rattles-big-tech-3641785',
  date: '2025-01-27',
}
const reutersRebound: Source = {
  outlet: 'Reuters',
  title: 'Tech stocks rebound as Nvidia leads recovery after AI selloff',
  url: 'https://anmoltv.uk/tech-stocks-rebound-as-nvidia-leads-recovery-after-ai-selloff',
  date: '2025-01-28',
}
const cnbcMostValuable: Source = {
  outlet: 'CNBC',
  title: 'Nvidia passes Apple again to become world’s most valuable company',
  url: 'https://www.nbcdfw.com/news/business/money-report/nvidia-passes-apple-again-to-become-worlds-most-valuable-company/3746682/',
  date: '2025-01-21',
}
const forbesDethroned: Source = {
  outlet: 'Forbes',
  title: 'Nvidia dethroned as world’s most valuable company as $589 billion gets wiped off in market cap',
  url: 'https://forbes40under40.com/index.php/2025/01/28/nvidia-dethroned-as-worlds-most-valuable-company-as-589-billion-gets-wiped-off-in-market-cap-after-deepseek-shakes-ai-darling',
  date: '2025-01-28',
}
const bloombergRichest: Source = {
  outlet: 'Bloomberg Billionaires Index',
  title: 'World’s richest people lose US$108bil in sell-off (via The Star)',
  url: 'https://thestar.com.my/business/business-news/2025/01/29/worlds-richest-people-lose-us108bil-in-sell-off',
  date: '2025-01-29',
}
const nairametrics: Source = {
  outlet: 'Nairametrics',
  title: 'Billionaire Jensen Huang, Changpeng Zhao, others lose $108 billion in 1 day',
  url: 'https://nairametrics.com/2025/01/28/billionaire-jensen-huang-changpeng-zhao-others-lose-108-billion-in-1-day/',
  date: '2025-01-28',
}
// Reuters (LSEG data) on Sept 3, 2024: Nvidia's then-record loss, and Meta's 2022 record it beat.
const reutersSept2024: Source = {
  outlet: 'Reuters',
  title: 'Nvidia share price tanks over 9%, suffers record $279 billion rout in market value (via Livemint)',
  url: 'https://www.livemint.com/market/stock-market-news/nvidia-share-price-tanks-over-9-suffers-record-279-billion-rout-in-market-value-11725416820485.html',
  date: '2024-09-04',
}
const investopediaRoutes: Source = {
  outlet: 'Investopedia',
  title: 'How does Nvidia’s record $279B market cap loss stack up to past routs?',
  url: 'https://news.marketcap.com/how-does-nvidias-record-279b-market-cap-loss-stack-up-to-past-routs',
  date: '2024-09-04',
}
const nasdaqRecord2015: Source = {
  outlet: 'Reuters',
  title: 'US STOCKS-Nasdaq sets closing record',
  url: 'https://in.reuters.com/article/markets-stocks-usa-idINL1N0XK3D020150423',
  date: '2015-04-23',
}
const fundranker: Source = {
  outlet: 'Fidelity Select Fundranker',
  title: 'Nasdaq hits all-time high (blog, May 2015)',
  url: 'https://fundranker.com/fsfblog/201505.php',
  date: '2015-05-04',
}
const nasdaqBears: Source = {
  outlet: 'Reuters',
  title: 'Factbox: Past Nasdaq bear markets lasted long and cut deep',
  url: 'https://investing.com/news/stock-market-news/factbox-past-nasdaq-bear-markets-lasted-long-and-cut-deep-1729243',
  date: '2018-12-21',
}

const USD_B: FactFormat = { style: 'usd', scale: 'B' }
const USD_SHARE: FactFormat = { style: 'usd', digits: 2 }
const INDEX_POINTS: FactFormat = { style: 'number', digits: 2 }
const DATE: FactFormat = { style: 'date' }

function move(id: string, label: string, pct: number, source: Source, confidence: Fact['confidence'] = 'high'): Fact {
  return {
    id,
    act: 'market',
    label: `${label}, one-day change on Jan 27, 2025`,
    value: pct,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2025-01-27',
    confidence,
    sources: [source],
  }
}

/** A Nvidia daily close in USD per share. */
function nvidiaClose(date: string, price: number, sources: Source[], confidence: Fact['confidence'] = 'high', note?: string): Fact {
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
function recordLoss(id: string, label: string, date: string, usd: number, sources: Source[], extra: Partial<Fact> = {}): Fact {
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
function nasdaqClose(id: string, label: string, date: string, points: number, sources: Source[]): Fact {
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

function dateFact(id: string, label: string, date: string, sources: Source[]): Fact {
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
    sources: [reutersRout, forbesDethroned],
    note: 'LSEG/Reuters: $593B; Bloomberg-based reports: $589B. The range reflects the share counts used.',
  },
  {
    ...move('move-nvidia-pct', 'Nvidia', -16.97, reutersRout),
    derived: '(142.62 − 118.42) ÷ 142.62, from the Jan 24 and Jan 27 closes',
  },
  move('move-marvell-pct', 'Marvell', -19.1, reutersRout),
  move('move-broadcom-pct', 'Broadcom', -17.4, reutersRout),
  move('move-oracle-pct', 'Oracle', -13.8, reutersRout),
  move('move-sox-pct', 'PHLX Semiconductor index', -9.2, reutersClose),
  move('move-softbank-pct', 'SoftBank Group (Tokyo)', -8.3, reutersRout),
  move('move-asml-pct', 'ASML (Amsterdam)', -7.0, reutersRout),
  move('move-amd-pct', 'AMD', -6.3, reutersRout),
  move('move-cisco-pct', 'Cisco', -5.0, reutersRout),
  move('move-alphabet-pct', 'Alphabet', -4.2, reutersRout),
  move('move-nasdaq-pct', 'Nasdaq Composite', -3.07, reutersClose),
  move('move-tesla-pct', 'Tesla', -2.3, reutersRout),
  move('move-microsoft-pct', 'Microsoft', -2.1, reutersRout),
  move('move-sp500-pct', 'S&P 500', -1.46, reutersClose),
  move('move-dow-pct', 'Dow Jones Industrial Average', 0.65, reutersClose),
  move('move-apple-pct', 'Apple', 3.3, {
    outlet: 'Chartmill',
    title: 'Market Monitor January 27th',
    url: 'https://chartmill.com/news/MSFT/Chartmill-25506-Market-Monitor-January-27th',
    date: '2025-01-27',
  }, 'medium'),
  {
    id: 'ai-stocks-loss-usd',
    act: 'market',
    label: 'Market value shed by US chip, power and AI-infrastructure stocks on Jan 27, 2025',
    value: 1e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', qualifier: '>' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [reutersRebound],
  },

  // Nvidia's closes around the sell-off (facts.md §3 S1). Jan 30–31 are not verified: no facts.
  nvidiaClose('2025-01-24', 142.62, [reutersRebound, {
    outlet: 'Business Today',
    title: 'Nvidia stock slides as AI-related capex faces questions post China’s DeepSeek launch',
    url: 'https://wealthcreationinvesting.com/investing-news/nvidia-stock-slides-as-ai-related-capex-faces-questions-post-chinas-deepseek-launch',
    date: '2025-01-27',
  }]),
  nvidiaClose('2025-01-27', 118.42, [{
    outlet: 'LongBridge',
    title: 'Nvidia market report, Jan 27, 2025',
    url: 'https://web-origin.lbkrs.com/news/226415927',
    date: '2025-01-27',
  }, {
    outlet: 'CNBC',
    title: 'Nvidia sheds almost $600 billion in market cap, biggest one-day loss in U.S. history',
    url: 'https://t-room.us/finance/nvidia-sheds-almost-600b-in-market-cap-biggest-one-day-loss-in-u-s-history/',
    date: '2025-01-27',
  }], 'high', 'CNBC’s first print said $118.58; $118.42 matches Reuters’ +8.9% rebound to $128.99.'),
  nvidiaClose('2025-01-28', 128.99, [reutersRebound]),
  nvidiaClose('2025-01-29', 123.7, [{
    outlet: 'MarketBeat',
    title: 'Nvidia stock recap, Jan 29, 2025',
    url: 'https://investprosperously.com/agNvJbvD9ea',
    date: '2025-01-29',
  }], 'medium'),
  nvidiaClose('2025-02-03', 116.66, [{
    outlet: 'CNBC Investing Club',
    title: 'Nvidia’s post-DeepSeek closing low (reprint)',
    url: 'https://world-economist.com/?p=6422',
    date: '2025-02-03',
  }], 'medium', 'The lowest close after the DeepSeek sell-off.'),
  {
    id: 'nvidia-rebound-pct',
    act: 'market',
    label: 'Nvidia one-day change on Jan 28, 2025, the day after the sell-off',
    value: 8.9,
    unit: 'percent',
    format: { style: 'percent', signed: true },
    asOf: '2025-01-28',
    confidence: 'high',
    sources: [reutersRebound],
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
    sources: [cnbcMostValuable],
    note: 'CNBC: “nearly 239%”.',
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
    sources: [cnbcMostValuable],
    note: 'One Dow Jones recap said 179%; CNBC’s figure is used.',
  },
  {
    id: 'nvidia-value-2025-01-21-usd',
    act: 'market',
    label: 'Nvidia market value on Jan 21, 2025, when it retook the #1 spot',
    value: 3.4e12,
    unit: 'USD',
    format: { style: 'usd', scale: 'T', qualifier: '~' },
    asOf: '2025-01-21',
    confidence: 'high',
    sources: [cnbcMostValuable],
    note: 'The seed article’s “about $3.45 trillion before the fall” matches this date, not the Jan 24 close.',
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
    sources: [reutersRout, reutersRebound],
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
    sources: [reutersRout, {
      outlet: 'News1',
      title: 'Post-drop market values: Nvidia $2.903T, Apple $3.458T, Microsoft $3.230T',
      url: 'https://news1global.com/economy-2/view/426617',
      date: '2025-01-28',
    }],
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
    sources: [cnbcMostValuable],
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
    sources: [forbesDethroned, {
      outlet: 'News1',
      title: 'Post-drop market values: Nvidia $2.903T, Apple $3.458T, Microsoft $3.230T',
      url: 'https://news1global.com/economy-2/view/426617',
      date: '2025-01-28',
    }],
  },

  // The records Jan 27 broke: each was the largest one-day loss of market value when it was set.
  recordLoss('loss-apple-2020-usd', 'Apple', '2020-09-03', 180e9, [{
    outlet: 'Fox Business',
    title: 'Apple’s stock drop makes history',
    url: 'https://www.foxbusiness.com/markets/apples-stock-drop-makes-history',
    date: '2020-09-03',
  }, {
    outlet: 'Barron’s',
    title: 'Apple lost $180 billion in market value today (via MacRumors)',
    url: 'https://www.macrumors.com/2020/09/04/apple-loses-2t-status/',
    date: '2020-09-04',
  }], {
    format: { ...USD_B, qualifier: '~' },
    note: 'Dow Jones Market Data: $179.92B; Barron’s: about $180B, then a record for any company; Investopedia: $182B.',
  }),
  recordLoss('loss-meta-2022-usd', 'Meta Platforms', '2022-02-03', 232e9, [reutersSept2024, investopediaRoutes], {
    note: 'LSEG data via Reuters and Investopedia: $232B. Bloomberg’s tally was $251.3B.',
  }),
  recordLoss('nvidia-loss-2024-09-usd', 'Nvidia', '2024-09-03', 279e9, [reutersSept2024, investopediaRoutes], {
    format: { ...USD_B, qualifier: '~' },
    note: 'The record until Jan 27, 2025.',
  }),

  {
    id: 'billionaires-loss-usd',
    act: 'market',
    label: 'Combined one-day loss of the world’s 500 richest people, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 108e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [bloombergRichest, nairametrics],
    note: 'Forbes-based tallies differ (Huang −$20.8B, Ellison −$27.6B).',
  },
  {
    id: 'billionaires-index-size',
    act: 'market',
    label: 'People ranked by the Bloomberg Billionaires Index (the world’s richest)',
    value: 500,
    unit: 'people',
    format: { style: 'number' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [bloombergRichest],
  },
  {
    id: 'billionaires-tech-loss-usd',
    act: 'market',
    label: 'Part of that loss borne by tech billionaires, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 94e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [bloombergRichest],
  },
  {
    id: 'huang-loss-usd',
    act: 'market',
    label: 'Jensen Huang’s one-day wealth loss, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 20.1e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [bloombergRichest, nairametrics],
  },
  {
    id: 'ellison-loss-usd',
    act: 'market',
    label: 'Larry Ellison’s one-day wealth loss, Jan 27, 2025 (Bloomberg Billionaires Index)',
    value: 22.6e9,
    unit: 'USD',
    format: USD_B,
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [bloombergRichest, nairametrics],
  },

  // The dot-com comparison (facts.md I1–I3, §3 S10), with Jan 27's close for scale.
  nasdaqClose('nasdaq-dotcom-peak', 'dot-com peak (record close)', '2000-03-10', 5048.62, [nasdaqRecord2015, fundranker]),
  nasdaqClose('nasdaq-dotcom-low', 'bear-market low', '2002-10-09', 1114.11, [nasdaqRecord2015, fundranker]),
  nasdaqClose('nasdaq-record-2015', 'first record close above the 2000 peak', '2015-04-23', 5056.06, [nasdaqRecord2015]),
  nasdaqClose('nasdaq-close-2025-01-27', 'Jan 27, 2025', '2025-01-27', 19341.83, [reutersClose]),
  {
    id: 'nasdaq-points-2025-01-27',
    act: 'market',
    label: 'Nasdaq Composite change in points on Jan 27, 2025',
    value: -612.47,
    unit: 'index points',
    format: { style: 'number', digits: 2, signed: true },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [reutersClose],
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
    sources: [nasdaqBears, fundranker],
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
    sources: [nasdaqRecord2015, fundranker],
    derived: 'Mar 10, 2000 → Apr 23, 2015 = 15.1 years',
    note: 'The seed article says “nearly 10 years”. Adjusted for inflation, the 2000 peak was still not regained in 2015 (Fundranker).',
  },
  dateFact('nasdaq-peak-date', 'Date of the Nasdaq’s dot-com record close', '2000-03-10', [nasdaqRecord2015]),
  dateFact('nasdaq-low-date', 'Date of the Nasdaq’s post-dot-com closing low', '2002-10-09', [fundranker]),
  dateFact('nasdaq-record-date', 'Date the Nasdaq first closed above its 2000 record', '2015-04-23', [nasdaqRecord2015]),
]
