/**
 * Reads the deck's CSV downloads back, for the tests: the text as `datasetCsv` (lib/dataset-csv.ts)
 * writes it, and the cells a dataset's rows should become.
 */
import type { ChartDataset } from '../../data/types'

export interface ParsedCsv {
  /** Comment lines (without the leading "# "). */
  comments: string[]
  header: string[]
  rows: string[][]
}

/** Reads CSV text as `datasetCsv` writes it: # comment lines, a header, quoted cells. */
export function parseCsv(text: string): ParsedCsv {
  const comments: string[] = []
  const records: string[][] = []
  let i = 0
  while (i < text.length) {
    if (text[i] === '#') {
      const end = text.indexOf('\n', i)
      comments.push(text.slice(i, end < 0 ? text.length : end).replace(/^# ?/, ''))
      i = end < 0 ? text.length : end + 1
      continue
    }
    const record: string[] = []
    let cell = ''
    let quoted = false
    for (; i < text.length; i++) {
      const ch = text[i]
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"'
          i++
        }
        else if (ch === '"') {
          quoted = false
        }
        else {
          cell += ch
        }
      }
      else if (ch === '"') {
        quoted = true
      }
      else if (ch === ',') {
        record.push(cell)
        cell = ''
      }
      else if (ch === '\n') {
        i++
        break
      }
      else {
        cell += ch
      }
    }
    if (quoted)
      throw new TypeError('parseCsv: a quoted cell is never closed')
    record.push(cell)
    records.push(record)
  }
  const [header = [], ...rows] = records
  return { comments, header, rows }
}

/** A dataset's rows as the CSV cells should read: String(value) per column. */
export function expectedCells(dataset: ChartDataset<any>): string[][] {
  return dataset.rows.map(row => dataset.columns.map(c => String((row as Record<string, unknown>)[c.key] ?? '')))
}
