/**
 * A link goes to the publisher it names, or to a licensed syndication partner that the label
 * names ("Reuters, via The Japan Times"), never to a copy site. The tables below are the only
 * allowed hosts: a new source whose host is in neither fails, and the failure lists every
 * offender with its host, so a copy site cannot slip in under a respected outlet's name.
 *
 * A domain may carry a path ("github.com/deepseek-ai") where the host is shared by many
 * publishers. Papers on arXiv are self-published by their authors, so arxiv.org counts as the
 * authors' own domain.
 */
import type { Source } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { sources } from '../../data/sources'
import { publisherLabel } from '../../lib/sources'

/** Publisher (as written in data/sources.ts) → the publisher's own domains. */
const PUBLISHER_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  'AFP': ['afp.com'],
  'Alston & Bird': ['alstontrade.com', 'alston.com'],
  'Ars Technica': ['arstechnica.com'],
  'Associated Press': ['apnews.com'],
  'Baker McKenzie': ['sanctionsnews.bakermckenzie.com', 'bakermckenzie.com'],
  'Bloomberg': ['bloomberg.com'],
  'Business Standard': ['business-standard.com'],
  'Chartmill': ['chartmill.com'],
  'City A.M.': ['cityam.com'],
  'CNBC': ['cnbc.com'],
  'CNN': ['cnn.com'],
  'Covington & Burling': ['cov.com'],
  'Dario Amodei': ['darioamodei.com'],
  'DeepSeek': ['deepseek.com', 'github.com/deepseek-ai', 'huggingface.co/deepseek-ai', 'arxiv.org'],
  'El Mundo': ['elmundo.es', 'mundoamerica.com'],
  'Epoch AI': ['epoch.ai', 'epochai.org'],
  'Fidelity Select Fundranker': ['fundranker.com'],
  'Forbes': ['forbes.com'],
  'Fortune': ['fortune.com'],
  'Fox Business': ['foxbusiness.com'],
  'Gigazine': ['gigazine.net'],
  'Golem.de': ['golem.de'],
  'Hindustan Times': ['hindustantimes.com'],
  'Holland & Knight': ['hklaw.com'],
  'Interconnects (Nathan Lambert)': ['interconnects.ai'],
  'ITPro': ['itpro.com'],
  'Livemint': ['livemint.com'],
  // Longbridge Securities' news feed; web-origin.lbkrs.com is its own origin host.
  'LongBridge': ['longbridge.com', 'lbkrs.com'],
  'Marc Andreessen on X': ['x.com/pmarca', 'twitter.com/pmarca'],
  'Meta': ['ai.meta.com', 'github.com/meta-llama', 'huggingface.co/meta-llama', 'arxiv.org'],
  'Nairametrics': ['nairametrics.com'],
  'Naseh et al.': ['arxiv.org'],
  'Nature': ['nature.com'],
  'Newser': ['newser.com'],
  'Notebookcheck': ['notebookcheck.net', 'notebookcheck.com'],
  'Nvidia': ['nvidia.com'],
  'NSFOCUS': ['nsfocusglobal.com'],
  'OpenRouter': ['openrouter.ai'],
  'Perkins Coie': ['perkinscoie.com'],
  'Politico': ['politico.com'],
  'Promptfoo': ['promptfoo.dev'],
  'PureAI': ['pureai.com'],
  'Quartz': ['qz.com'],
  'Reuters': ['reuters.com'],
  'Satya Nadella on X': ['x.com/satyanadella', 'twitter.com/satyanadella'],
  'Semafor': ['semafor.com'],
  'SemiAnalysis': ['semianalysis.com'],
  'Tech Startups': ['techstartups.com'],
  'TechCrunch': ['techcrunch.com'],
  'TechSpot': ['techspot.com'],
  'TechTarget': ['techtarget.com'],
  'Techzine': ['techzine.nl', 'techzine.eu'],
  'The Mercury News': ['mercurynews.com', 'siliconvalley.com'],
  'The Register': ['theregister.com'],
  'This Day in Information (Gil Press)': ['infostory.com'],
  'Thompson Hine': ['thompsonhinesmartrade.com', 'thompsonhine.com'],
  'Tom’s Hardware': ['tomshardware.com'],
  'US Bureau of Industry and Security': ['bis.gov', 'bis.doc.gov'],
  'Wired': ['wired.com'],
  'Chicago Tribune': ['chicagotribune.com'],
  'Los Angeles Times': ['latimes.com'],
  'Macrotrends': ['macrotrends.net'],
  'Mediaite': ['mediaite.com'],
  'Nasdaq': ['nasdaq.com'],
  'StockAnalysis': ['stockanalysis.com'],
  'The Spokesman-Review': ['spokesman.com'],
  'The Independent': ['the-independent.com', 'independent.co.uk'],
  'The Week': ['theweek.com'],
  'Yahoo Finance': ['finance.yahoo.com'],
}

interface Partner {
  publisher: string
  /** As the label names it: "Reuters, via <partner>". */
  partner: string
  domain: string
  why: string
}

/** Licensed syndication partners: the only other hosts a link may go to. */
const PARTNERS: readonly Partner[] = [
  { publisher: 'Reuters', partner: 'The Japan Times', domain: 'japantimes.co.jp', why: 'publishes Reuters wire copy under its Reuters subscription (same text, LSEG attribution)' },
  { publisher: 'Reuters', partner: 'Investing.com', domain: 'investing.com', why: 'carries bylined Reuters articles with “© Reuters” under a content licence' },
  { publisher: 'CNBC', partner: 'NBC New York', domain: 'nbcnewyork.com', why: 'NBCUniversal station; CNBC’s Money Report feed with CNBC bylines' },
  { publisher: 'CNBC', partner: 'NBC San Diego', domain: 'nbcsandiego.com', why: 'NBCUniversal station; CNBC’s Money Report feed with CNBC bylines' },
  { publisher: 'CNBC', partner: 'NBC DFW', domain: 'nbcdfw.com', why: 'NBCUniversal station; CNBC’s Money Report feed with CNBC bylines' },
  { publisher: 'CNBC', partner: 'NBC 6 South Florida', domain: 'nbcmiami.com', why: 'NBCUniversal station; CNBC’s Money Report feed with CNBC bylines' },
  { publisher: 'CNN', partner: 'KESQ', domain: 'kesq.com', why: 'CNN affiliate running CNN Newsource copy with CNN bylines' },
  { publisher: 'Associated Press', partner: 'CityNews Halifax', domain: 'citynews.ca', why: 'AP customer publishing AP stories unchanged, with the AP dateline' },
  { publisher: 'AFP', partner: 'Asharq Al-Awsat', domain: 'english.aawsat.com', why: 'established daily that runs AFP wire copy' },
  { publisher: 'Bloomberg', partner: 'The Star (Malaysia)', domain: 'thestar.com.my', why: 'runs Bloomberg wire stories under syndication' },
  { publisher: 'Reuters', partner: 'Business Recorder', domain: 'brecorder.com', why: 'Pakistani business daily that runs Reuters wire stories under the Reuters credit' },
  { publisher: 'Nasdaq', partner: 'Mondo Visione', domain: 'mondovisione.com', why: 'exchange-industry news service that republishes exchanges’ press releases in full, with their dates' },
]

/** Hosts seen serving copies under respected names: never linked, whatever the label says. */
const COPY_SITES = [
  'aichipsnews.com',
  'anmoltv.uk',
  'autopilotr.com',
  'dignews.cc',
  'fastnews.site',
  'forbes40under40.com',
  'guidantech.com',
  'infomalangraya.com',
  'investadvisor.xyz',
  'investprosperously.com',
  'knowledgegpt.com',
  'newsbulletin247.com',
  'news.marketcap.com',
  'socastsrm.com',
  't-room.us',
  'usa-newnews.com',
  'vuink.com',
  'wealthcreationinvesting.com',
  'world-economist.com',
]

/** Whether a URL is on a domain: the host or a subdomain of it, and under its path if it has one. */
function onDomain(url: URL, domain: string): boolean {
  const [host, ...rest] = domain.split('/')
  const path = rest.length ? `/${rest.join('/')}` : ''
  const h = url.hostname.replace(/^www\./, '')
  const hostOk = h === host || h.endsWith(`.${host}`)
  return hostOk && (path === '' || url.pathname === path || url.pathname.startsWith(`${path}/`))
}

/** Why a source's link is not allowed, or null when it is. */
function hostProblem(s: Source, domains = PUBLISHER_DOMAINS, partners = PARTNERS): string | null {
  if (!s.url)
    return null
  const url = new URL(s.url)
  if (COPY_SITES.some(d => onDomain(url, d)))
    return `${url.hostname} is a known copy site`
  if (s.via) {
    const partner = partners.find(p => p.publisher === s.publisher && p.partner === s.via)
    if (!partner)
      return `"via ${s.via}" is not a declared syndication partner of ${s.publisher}`
    return onDomain(url, partner.domain) ? null : `${url.hostname} is not ${s.via}'s domain (${partner.domain})`
  }
  const own = domains[s.publisher]
  if (!own)
    return `no domains declared for publisher "${s.publisher}"`
  if (own.some(d => onDomain(url, d)))
    return null
  const partner = partners.find(p => p.publisher === s.publisher && onDomain(url, p.domain))
  return partner
    ? `${url.hostname} is ${partner.partner}'s: label it "via ${partner.partner}"`
    : `${url.hostname} is neither ${s.publisher}'s own domain nor a declared partner's`
}

describe('source hosts', () => {
  it('links every source to its publisher or a declared syndication partner, with no exceptions', () => {
    const offenders = sources.map(s => [s, hostProblem(s)] as const).filter(([, p]) => p).map(([s, p]) => `${s.id} (${s.url}): ${p}`)
    expect(offenders, 'links to hosts that are neither the publisher’s nor a licensed partner’s').toEqual([])
  })

  it('shows the path in the label: "Publisher, via Partner"', () => {
    for (const s of sources.filter(x => x.via))
      expect(publisherLabel(s)).toBe(`${s.publisher}, via ${s.via}`)
  })

  it('declares each partner once, for a publisher in the table', () => {
    const keys = PARTNERS.map(p => `${p.publisher} → ${p.partner}`)
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
    expect(PARTNERS.filter(p => !PUBLISHER_DOMAINS[p.publisher]).map(p => p.publisher)).toEqual([])
  })

  it.each([
    { url: 'https://www.reuters.com/a', publisher: 'Reuters', ok: true },
    { url: 'https://in.reuters.com/a', publisher: 'Reuters', ok: true },
    { url: 'https://notreuters.com/a', publisher: 'Reuters', ok: false },
    { url: 'https://aichipsnews.com/a', publisher: 'Reuters', ok: false },
    { url: 'https://www.japantimes.co.jp/a', publisher: 'Reuters', ok: false },
    { url: 'https://www.japantimes.co.jp/a', publisher: 'Reuters', via: 'The Japan Times', ok: true },
    { url: 'https://www.japantimes.co.jp/a', publisher: 'Reuters', via: 'Some Blog', ok: false },
    { url: 'https://github.com/deepseek-ai/DeepSeek-R1', publisher: 'DeepSeek', ok: true },
    { url: 'https://github.com/someone-else/DeepSeek-R1', publisher: 'DeepSeek', ok: false },
    { url: 'https://example.org/a', publisher: 'Unknown Outlet', ok: false },
  ])('$url for $publisher (via $via) → allowed: $ok', ({ url, publisher, via, ok }) => {
    const s: Source = { id: 'x', publisher, title: 't', date: '2025-01-27', url, ...(via ? { via } : {}) }
    expect(hostProblem(s) === null).toBe(ok)
  })
})
