/**
 * Which CSV files the deck serves: one per chart dataset exported from data/series/*.ts, at
 * data/<id>.csv, with the text from `datasetCsv`. Also a small CSV reader for the tests.
 * Pure: the caller loads the modules (Vite's build, the dev server, or vitest).
 */
import type { ChartDataset, Fact } from '../data/types'
import { datasetCsv } from './sources'

export interface CsvFile {
  id: string
  /** Relative to the site root: data/<id>.csv. */
  fileName: string
  text: string
}

/** File-safe ids only: they become URLs. */
const SAFE_ID = /^[\w.-]+$/

/** A module export shaped like a ChartDataset: an id, columns and rows. */
export function isChartDataset(value: unknown): value is ChartDataset<any> {
  if (typeof value !== 'object' || value === null)
    return false
  const v = value as Partial<ChartDataset<any>>
  return typeof v.id === 'string' && Array.isArray(v.columns) && Array.isArray(v.rows)
}

/**
 * Every dataset exported by the given modules (keyed by file name), sorted by id. The same
 * object exported twice counts once; two different datasets with one id is an error.
 */
export function datasetsIn(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): ChartDataset<any>[] {
  const byId = new Map<string, { dataset: ChartDataset<any>, where: string }>()
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (!isChartDataset(value))
        continue
      if (!SAFE_ID.test(value.id))
        throw new TypeError(`${file}: dataset ${name} has id "${value.id}", which is not file-safe`)
      const seen = byId.get(value.id)
      if (seen && seen.dataset !== value)
        throw new Error(`Dataset id "${value.id}" is used twice: ${seen.where} and ${file} (${name})`)
      byId.set(value.id, { dataset: value, where: `${file} (${name})` })
    }
  }
  return [...byId.values()].map(v => v.dataset).sort((a, b) => a.id.localeCompare(b.id))
}

export function csvFileName(id: string): string {
  return `data/${id}.csv`
}

/** The CSV file for each dataset; `factOf` is the registry's getFact. */
export function csvFiles(datasets: readonly ChartDataset<any>[], factOf: (id: string) => Fact): CsvFile[] {
  return datasets.map(d => ({ id: d.id, fileName: csvFileName(d.id), text: datasetCsv(d, d.factIds.map(factOf)) }))
}

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
