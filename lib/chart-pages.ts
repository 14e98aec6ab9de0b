/**
 * What a chart's permanent page says besides the chart (charts/<id>/ in the built site): which
 * build step a `?step=` asks for, and how to cite the chart, as text and as BibTeX.
 * Pure: no Vue, no DOM. scripts/chart-pages/ writes the pages from these.
 */
import type { Source } from '../data/types'
import { formatDate } from './format'
import { publisherLabel } from './sources'

export interface StepRequest {
  /** The step to draw: 0 … steps − 1. */
  step: number
  /** Why the asked-for step was not used, or '' when it was (or none was asked for). */
  notice: string
}

/**
 * The `?step=` value of a chart page read against the chart's step count: a whole number in
 * range is drawn; none, empty, out of range or garbage draws the finished chart, with a notice
 * for anything given but unusable. Self-contained: the pages' script carries its source text.
 */
export function parseStep(raw: string | null | undefined, steps: number): StepRequest {
  const last = steps - 1
  if (raw === null || raw === undefined || raw.trim() === '')
    return { step: last, notice: '' }
  const text = raw.trim()
  if (!/^\d{1,6}$/.test(text))
    return { step: last, notice: `“${text.slice(0, 20)}” is not a build step; showing the finished chart.` }
  const n = Number(text)
  if (n > last)
    return { step: last, notice: `This chart has steps 0 to ${last}; showing the finished chart.` }
  return { step: n, notice: '' }
}

export interface ChartCitation {
  /** The deck's title, from the slides' headmatter. */
  deckTitle: string
  chartTitle: string
  /** YYYY-MM-DD: the date the facts were checked to. */
  date: string
  /** Where the chart's page is. */
  url: string
  /** The chart's sources, each once. */
  sources: readonly Source[]
}

/** Each source once, in first-cited order. */
export function uniqueSources(list: readonly Source[]): Source[] {
  return [...new Map(list.map(s => [s.id, s])).values()]
}

function sourceText(s: Source): string {
  return `${publisherLabel(s)}, “${s.title}”, ${formatDate(s.date)}${s.url ? `, ${s.url}` : ''}`
}

/** The plain-text citation: the chart, the deck, the date, the URL, then its sources. */
export function citationText(c: ChartCitation): string {
  const lines = [`“${c.chartTitle}”. Chart in: ${c.deckTitle}. Facts checked to ${formatDate(c.date)}. ${c.url}`]
  if (c.sources.length)
    lines.push('Underlying sources:', ...c.sources.map(s => `- ${sourceText(s)}`))
  return lines.join('\n')
}

/** BibTeX braces and specials escaped, typographic quotes made plain. */
function bib(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, '\'')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
}

/** One @misc entry for the chart, its sources in the note. Key: the chart id and the year. */
export function citationBibtex(c: ChartCitation & { id: string }): string {
  const year = c.date.slice(0, 4)
  const fields: [string, string][] = [
    ['title', `{${bib(c.chartTitle)}}`],
    ['howpublished', `{Chart in: ${bib(c.deckTitle)}}`],
    ['year', `{${year}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${c.date}}`],
  ]
  if (c.sources.length)
    fields.push(['note', `{Sources: ${c.sources.map(s => bib(`${publisherLabel(s)}, ${s.title}, ${s.date}`)).join('; ')}}`])
  const key = `${c.id.replace(/-/g, '')}${year}`
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`
}
