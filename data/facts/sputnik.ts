import type { Fact, Source } from '../types'

// TechCrunch's Jan 27 piece on Appfigures' chart data, read through a syndicated copy (fact table A8–A10).
const techcrunchCharts: Source = {
  outlet: 'TechCrunch',
  title: 'DeepSeek displaces ChatGPT as the App Store’s top app',
  url: 'https://guidantech.com/deepseek-displaces-chatgpt-as-the-app-stores-top-app',
  date: '2025-01-27',
}
const reutersClose: Source = {
  outlet: 'Reuters',
  title: 'Nasdaq tumbles as China’s AI push rattles Big Tech',
  url: 'https://au.investing.com/news/stock-market-news/nasdaq-futures-tumble-as-chinas-ai-push-rattles-big-tech-3641785',
  date: '2025-01-27',
}
const fortuneSputnik: Source = {
  outlet: 'Fortune',
  title: 'Marc Andreessen calls DeepSeek AI’s “Sputnik moment”',
  url: 'https://fortune.com/2025/01/27/marc-andreessen-deepseek-sputnik-ai-markets',
  date: '2025-01-27',
}
const xPostEmbed: Source = {
  outlet: 'X (post by Marc Andreessen, embedded)',
  title: 'Trump billionaire supporter praises China for “Sputnik moment”',
  url: 'https://usa-newnews.com/business/trump-billionaire-supporter-praises-china-for-sputnik-moment',
  date: '2025-01-26',
}
const arsFriday: Source = {
  outlet: 'Ars Technica',
  title: 'DeepSeek spooks American tech industry as it tops the Apple App Store',
  url: 'https://autopilotr.com/deepseek-spooks-american-tech-industry-as-it-tops-the-apple-app-store',
  date: '2025-01-27',
}
// Published the day of the post: "posted on X today".
const ventureBeat: Source = {
  outlet: 'VentureBeat',
  title: 'Tech leaders react to DeepSeek’s rapid rise',
  url: 'https://fastnews.site/?p=8956',
  date: '2025-01-24',
}
const politicoNdea: Source = {
  outlet: 'Politico',
  title: 'Eisenhower signs National Defense Education Act, Sept. 2, 1958',
  url: 'https://www.politico.com/story/2018/09/02/this-day-in-politics-sept-2-1958-801912',
  date: '2018-09-02',
}
// HISTORY's "this day" text, read in a dated newspaper reprint.
const historyNasa: Source = {
  outlet: 'HISTORY (A&E)',
  title: 'NASA established, July 29, 1958',
  url: 'https://www.pressreader.com/lesotho/metro-lesotho/20210729/281702617750997',
  date: '2021-07-29',
}

/** A store rank: "31" in prose (the slide writes "No."), a number for the chart. */
function rank(id: string, label: string, value: number, asOf: string, sources: Source[], note?: string): Fact {
  return {
    id,
    act: 'sputnik',
    label,
    value,
    unit: 'rank among free apps',
    format: { style: 'number' },
    asOf,
    confidence: 'high',
    sources,
    ...(note ? { note } : {}),
  }
}

/** A day in history, printed as "Oct 4, 1957". */
function day(id: string, label: string, value: string, sources: Source[], note?: string): Fact {
  return {
    id,
    act: 'sputnik',
    label,
    value,
    unit: 'date',
    format: { style: 'date' },
    asOf: value,
    confidence: 'high',
    sources,
    ...(note ? { note } : {}),
  }
}

export const sputnikFacts: Fact[] = [
  {
    id: 'andreessen-post-jan24',
    act: 'sputnik',
    label: 'Marc Andreessen’s first post on DeepSeek-R1 (Fri Jan 24, 2025)',
    value: 'Deepseek R1 is one of the most amazing and impressive breakthroughs I’ve ever seen — and as open source, a profound gift to the world',
    unit: 'quote',
    format: { style: 'text' },
    asOf: '2025-01-24',
    confidence: 'high',
    sources: [ventureBeat, arsFriday],
    note: 'Some outlets place this post on Sunday; contemporaneous Ars Technica and VentureBeat reports say Friday.',
  },
  {
    id: 'andreessen-post-jan26',
    act: 'sputnik',
    label: 'Marc Andreessen’s “Sputnik moment” post (Sun Jan 26, 2025)',
    value: 'Deepseek R1 is AI’s Sputnik moment.',
    unit: 'quote',
    format: { style: 'text' },
    asOf: '2025-01-26',
    confidence: 'high',
    sources: [xPostEmbed, fortuneSputnik],
    note: 'Fortune renders it “DeepSeek-R1 is AI’s Sputnik moment” (capitalisation only).',
  },
  day('andreessen-first-post-date', 'Date of Andreessen’s first post praising R1', '2025-01-24', [ventureBeat, arsFriday]),
  day('andreessen-sputnik-post-date', 'Date of Andreessen’s “Sputnik moment” post', '2025-01-26', [xPostEmbed, fortuneSputnik]),
  rank('app-rank-us-before', 'DeepSeek rank, US App Store free apps, a couple of days before Jan 26, 2025', 31, '2025-01-24', [techcrunchCharts], 'Appfigures via TechCrunch: “No. 31 just a couple days prior” to Sunday Jan 26; the exact day is not given.'),
  rank('app-rank-us-peak', 'DeepSeek rank, US App Store free apps, Sun Jan 26, 2025', 1, '2025-01-26', [techcrunchCharts]),
  rank('app-rank-us-jan27', 'DeepSeek rank, US App Store free apps, Mon Jan 27, 2025', 1, '2025-01-27', [techcrunchCharts, reutersClose], 'Reuters: by Monday it had overtaken ChatGPT in App Store downloads.'),
  rank('play-rank-us-before', 'DeepSeek rank, Google Play US overall free apps, Fri Jan 24, 2025', 133, '2025-01-24', [techcrunchCharts]),
  rank('play-rank-us', 'DeepSeek rank, Google Play US overall free apps, Mon Jan 27, 2025', 14, '2025-01-27', [techcrunchCharts], 'Not first place: the seed article’s “first place in … Google” is wrong for the US.'),
  {
    id: 'app-store-no1-other-countries',
    act: 'sputnik',
    label: 'Other countries where DeepSeek was the No. 1 free iPhone app, Jan 27, 2025',
    value: 51,
    unit: 'countries',
    format: { style: 'number', suffix: 'other countries' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: [techcrunchCharts],
    background: true,
  },
  {
    id: 'downloads-jan24',
    act: 'sputnik',
    label: 'DeepSeek mobile app downloads to date, App Store + Google Play, Fri Jan 24, 2025',
    value: 1e6,
    unit: 'downloads',
    format: { style: 'number', scale: 'M', qualifier: '~', suffix: 'downloads' },
    asOf: '2025-01-24',
    confidence: 'medium',
    sources: [techcrunchCharts],
  },
  {
    id: 'downloads-jan27',
    act: 'sputnik',
    label: 'DeepSeek mobile app downloads to date, App Store + Google Play, Mon Jan 27, 2025 (morning)',
    value: 2.6e6,
    unit: 'downloads',
    format: { style: 'number', scale: 'M', suffix: 'downloads' },
    asOf: '2025-01-27',
    confidence: 'medium',
    sources: [techcrunchCharts],
  },
  day('sputnik-launch-date', 'Sputnik 1, the first artificial satellite, launched', '1957-10-04', [politicoNdea, historyNasa]),
  // The US response to Sputnik: checked with the search tool for this act (not in facts.md).
  day('arpa-founded-date', 'ARPA (later DARPA) established by DoD Directive 5105.15', '1958-02-07', [
    { outlet: 'This Day in Information (Gil Press)', title: 'This day in information: first Sputnik moment', url: 'https://infostory.com/2011/02/07/this-day-in-information-first-sputnik-moment/', date: '2011-02-07' },
  ], 'DARPA’s own history page gives the same date: https://www.darpa.mil/about-us/darpa-history-and-timeline'),
  day('nasa-act-date', 'National Aeronautics and Space Act signed, creating NASA', '1958-07-29', [historyNasa], 'NASA opened for business on Oct 1, 1958.'),
  day('ndea-signed-date', 'National Defense Education Act signed, funding science, maths and language teaching', '1958-09-02', [politicoNdea]),
]
