/**
 * Which CSV files the deck serves: one per chart definition in lib/charts/, at data/<id>.csv,
 * with the text from `datasetCsv`. Pure: the caller loads the chart definitions (Vite's build,
 * the dev server, or vitest). Ids are checked where they are made: defineChart (file-safe) and
 * lib/chart-registry.ts (unique). The tests read the files back with tests/tooling/csv-read.ts.
 */
import type { ChartDataset, Fact } from '../data/types'
import { datasetCsv } from './dataset-csv'

export interface CsvFile {
  id: string
  /** Relative to the site root: data/<id>.csv. */
  fileName: string
  text: string
}

export function csvFileName(id: string): string {
  return `data/${id}.csv`
}

/** The CSV file for each dataset; `factOf` is the registry's getFact. */
export function csvFiles(datasets: readonly ChartDataset<any>[], factOf: (id: string) => Fact): CsvFile[] {
  return datasets.map(d => ({ id: d.id, fileName: csvFileName(d.id), text: datasetCsv(d, d.factIds.map(factOf)) }))
}
