import type { Fact } from '../types'

// Act 1: Andreessen's posts, the app-store climb and the 1957–58 US response to Sputnik.
// Sources are cited by id from data/sources.ts.

/** A store rank: "31" in prose (the slide writes "No."), a number for the chart. */
function rank(id: string, label: string, value: number, asOf: string, sources: string[], note?: string): Fact {
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
function day(id: string, label: string, value: string, sources: string[], note?: string): Fact {
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
    sources: ['andreessen-x-2025-01-24-breakthrough', 'ars-technica-2025-01-27-deepseek-spooks'],
    claimedBy: 'Marc Andreessen',
    note: 'The post’s id dates it to 09:19 UTC on Friday Jan 24; Ars Technica also says Friday. Some outlets place it on Sunday.',
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
    sources: ['andreessen-x-2025-01-26-sputnik-moment', 'fortune-2025-01-27-andreessen-sputnik'],
    claimedBy: 'Marc Andreessen',
    note: 'The post’s id dates it to 22:16 UTC on Sunday Jan 26. Fortune renders it “DeepSeek-R1 is AI’s Sputnik moment” (capitalisation only).',
  },
  // The quote cards date the posts by the quotes' own asOf; these keep the dates on the record.
  { ...day('andreessen-first-post-date', 'Date of Andreessen’s first post praising R1', '2025-01-24', ['andreessen-x-2025-01-24-breakthrough', 'ars-technica-2025-01-27-deepseek-spooks']), background: true },
  { ...day('andreessen-sputnik-post-date', 'Date of Andreessen’s “Sputnik moment” post', '2025-01-26', ['andreessen-x-2025-01-26-sputnik-moment', 'fortune-2025-01-27-andreessen-sputnik']), background: true },
  rank('app-rank-us-before', 'DeepSeek rank, US App Store free apps, a couple of days before Jan 26, 2025', 31, '2025-01-24', ['techcrunch-2025-01-27-deepseek-tops-app-store'], 'Appfigures via TechCrunch: “No. 31 just a couple days prior” to Sunday Jan 26; the exact day is not given.'),
  rank('app-rank-us-peak', 'DeepSeek rank, US App Store free apps, Sun Jan 26, 2025', 1, '2025-01-26', ['techcrunch-2025-01-27-deepseek-tops-app-store']),
  rank('app-rank-us-jan27', 'DeepSeek rank, US App Store free apps, Mon Jan 27, 2025', 1, '2025-01-27', ['techcrunch-2025-01-27-deepseek-tops-app-store', 'reuters-2025-01-27-nasdaq-drops'], 'Reuters: by Monday it had overtaken ChatGPT in App Store downloads.'),
  rank('play-rank-us-before', 'DeepSeek rank, Google Play US overall free apps, Fri Jan 24, 2025', 133, '2025-01-24', ['techcrunch-2025-01-27-deepseek-tops-app-store']),
  rank('play-rank-us', 'DeepSeek rank, Google Play US overall free apps, Mon Jan 27, 2025', 14, '2025-01-27', ['techcrunch-2025-01-27-deepseek-tops-app-store'], 'Not first place: the seed article’s “first place in … Google” is wrong for the US.'),
  {
    id: 'app-store-no1-other-countries',
    act: 'sputnik',
    label: 'Other countries where DeepSeek was the No. 1 free iPhone app, Jan 27, 2025',
    value: 51,
    unit: 'countries',
    format: { style: 'number', suffix: 'other countries' },
    asOf: '2025-01-27',
    confidence: 'high',
    sources: ['techcrunch-2025-01-27-deepseek-tops-app-store'],
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
    sources: ['techcrunch-2025-01-27-deepseek-tops-app-store'],
    // Spoken with the app-rank chart (its notes); the chart shows ranks only.
    background: true,
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
    sources: ['techcrunch-2025-01-27-deepseek-tops-app-store'],
    // Spoken with the app-rank chart (its notes); the chart shows ranks only.
    background: true,
  },
  { ...day('sputnik-launch-date', 'Sputnik 1, the first artificial satellite, launched', '1957-10-04', ['politico-2018-09-02-ndea-signed', 'history-2021-07-29-nasa-created']), background: true },
  // The US response to Sputnik, each date from a named source.
  { ...day('arpa-founded-date', 'ARPA (later DARPA) established by DoD Directive 5105.15', '1958-02-07', [
    'gil-press-2011-02-07-first-sputnik-moment',
  ], 'DARPA’s own history page gives the same date: https://www.darpa.mil/about-us/darpa-history-and-timeline'), background: true },
  { ...day('nasa-act-date', 'National Aeronautics and Space Act signed, creating NASA', '1958-07-29', ['history-2021-07-29-nasa-created'], 'NASA opened for business on Oct 1, 1958.'), background: true },
  { ...day('ndea-signed-date', 'National Defense Education Act signed, funding science, maths and language teaching', '1958-09-02', ['politico-2018-09-02-ndea-signed']), background: true },
]
