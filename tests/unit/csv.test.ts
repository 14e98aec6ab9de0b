/**
 * Every chart in lib/charts/ is downloadable as data/<id>.csv, and the file holds the
 * same rows the chart draws. Checked twice: from modules vitest loads, and through the Vite
 * plugin's own loader (setup/vite-plugins.ts), which the build and the dev server use.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { charts } from '../../lib/charts/index'
import { csvFiles } from '../../lib/csv-files'
import { csvSourceLine } from '../../lib/dataset-csv'
import { getFact } from '../../lib/facts'
import { formatDate } from '../../lib/format'
import { sourcesOf } from '../../lib/sources'
import { loadCsvFiles } from '../../setup/vite-plugins'
import { expectedCells, parseCsv } from '../tooling/csv-read'

const ROOT = resolve(import.meta.dirname, '../..')
const datasets = [...charts].map(c => c.dataset).sort((a, b) => a.id.localeCompare(b.id))

describe('chart CSV downloads', () => {
  it.each(datasets.map(d => [d.id, d] as const))('%s.csv names its sources with dates and holds the chart’s rows', (_id, dataset) => {
    const [file] = csvFiles([dataset], getFact)
    const parsed = parseCsv(file.text)
    expect(parsed.comments[0]).toBe(dataset.title)
    for (const fact of dataset.factIds.map(getFact)) {
      for (const s of sourcesOf(fact))
        expect(parsed.comments).toContain(csvSourceLine(s))
    }
    expect(parsed.header).toHaveLength(dataset.columns.length)
    expect(parsed.rows).toEqual(expectedCells(dataset))
    // Dates a reader can check against the slide: every source date parses.
    for (const line of parsed.comments.slice(1))
      expect(formatDate(line.split(', ').at(-2)!)).toMatch(/\d{4}$/)
  })

  it('the plugin’s loader (used by build and dev) produces exactly these files', async () => {
    const fromPlugin = await loadCsvFiles(ROOT)
    expect(fromPlugin.map(f => f.fileName).sort()).toEqual(datasets.map(d => `data/${d.id}.csv`))
    expect([...fromPlugin].sort((a, b) => a.id.localeCompare(b.id))).toEqual(csvFiles(datasets, getFact))
  }, 60_000)

  it('the plugin emits every file into the build', async () => {
    const { csvDownloads } = await import('../../setup/vite-plugins')
    const plugin = csvDownloads(ROOT)
    const emitted: { fileName: string, source: string }[] = []
    const generate = plugin.generateBundle as unknown as (this: unknown) => Promise<void>
    await generate.call({ emitFile: (f: { fileName: string, source: string }) => emitted.push(f) })
    expect(emitted.map(f => f.fileName).sort()).toEqual(datasets.map(d => `data/${d.id}.csv`))
  }, 60_000)
})
