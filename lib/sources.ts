/** Source lines and CSV text from registry facts. Pure: no Vue, no DOM. */
import type { ChartDataset, Fact, Source } from '../data/types'
import { formatDate } from './format'

/** Each distinct outlet once, in first-seen order, with its latest cited date. */
export function outletsOf(facts: readonly Fact[]): { outlet: string, date: string }[] {
  const latest = new Map<string, string>()
  for (const source of facts.flatMap(f => f.sources)) {
    const seen = latest.get(source.outlet)
    if (seen === undefined || source.date > seen)
      latest.set(source.outlet, source.date)
  }
  return [...latest].map(([outlet, date]) => ({ outlet, date }))
}

/** "Source: Reuters/LSEG (Jan 27, 2025); CNBC (Jan 28, 2025)". */
export function sourceLine(facts: readonly Fact[]): string {
  const outlets = outletsOf(facts)
  if (outlets.length === 0)
    throw new Error('sourceLine: a chart needs at least one sourced fact')
  const label = outlets.length === 1 ? 'Source' : 'Sources'
  return `${label}: ${outlets.map(o => `${o.outlet} (${formatDate(o.date)})`).join('; ')}`
}

/** "Reuters, “Title”, Jan 27, 2025". */
export function citation(source: Source): string {
  return `${source.outlet}, “${source.title}”, ${formatDate(source.date)}`
}

function csvCell(value: unknown): string {
  const text = String(value ?? '')
  return /[",\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A chart's data as CSV. Comment lines (#) first name the chart, its sources with URLs and
 * dates, then a header row with units, then the rows exactly as the chart draws them.
 */
export function datasetCsv(dataset: ChartDataset<any>, facts: readonly Fact[]): string {
  const sourceLines = new Set(facts.flatMap(f => f.sources.map(s => `# Source: ${s.outlet}, ${s.title}, ${s.date}, ${s.url}`)))
  const lines = [`# ${dataset.title}`, ...sourceLines]
  lines.push(dataset.columns.map(c => csvCell(c.unit ? `${c.label} (${c.unit})` : c.label)).join(','))
  for (const row of dataset.rows)
    lines.push(dataset.columns.map(c => csvCell((row as Record<string, unknown>)[c.key])).join(','))
  return `${lines.join('\n')}\n`
}
