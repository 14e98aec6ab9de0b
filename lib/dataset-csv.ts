/**
 * A chart's data as a CSV download: comment lines naming the chart and its sources, a header
 * row with units, then the rows. Pure: no Vue, no DOM.
 */
import type { ChartDataset, Fact, Source } from '../data/types'
import { publisherLabel, sourcesOf } from './sources'

/**
 * One CSV header line per source, without the "# ": the date is always the second-to-last
 * field and the link (or "no public copy") the last, so the line reads the same in any tool.
 */
export function csvSourceLine(source: Source): string {
  return `Source: ${publisherLabel(source)}, ${source.title}, ${source.date}, ${source.url ?? 'no public copy'}`
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
  const sourceLines = new Set(facts.flatMap(f => sourcesOf(f).map(s => `# ${csvSourceLine(s)}`)))
  const lines = [`# ${dataset.title}`, ...sourceLines]
  lines.push(dataset.columns.map(c => csvCell(c.unit ? `${c.label} (${c.unit})` : c.label)).join(','))
  for (const row of dataset.rows)
    lines.push(dataset.columns.map(c => csvCell((row as Record<string, unknown>)[c.key])).join(','))
  return `${lines.join('\n')}\n`
}
