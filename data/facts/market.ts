import type { Fact, Source } from '../types'

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

export const marketFacts: Fact[] = [
  {
    id: 'nvidia-loss-usd',
    act: 'market',
    label: 'Nvidia market value lost on Jan 27, 2025 (record for any company)',
    value: { low: 589e9, high: 593e9 },
    unit: 'USD',
    format: { style: 'usd', scale: 'B' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [
      reutersRout,
      {
        outlet: 'Forbes',
        title: 'Nvidia dethroned as world’s most valuable company as $589 billion gets wiped off in market cap',
        url: 'https://forbes40under40.com/index.php/2025/01/28/nvidia-dethroned-as-worlds-most-valuable-company-as-589-billion-gets-wiped-off-in-market-cap-after-deepseek-shakes-ai-darling',
        date: '2025-01-28',
      },
    ],
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
]
