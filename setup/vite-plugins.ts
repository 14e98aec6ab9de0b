/**
 * Serves every chart dataset as data/<id>.csv: emitted into the build (so it sits under any
 * base path, next to index.html) and answered by a dev-server middleware. The CSV text comes
 * from the chart definitions (lib/charts/) and the fact registry, so downloads match the charts.
 *
 * Slidev loads this file with jiti, where import.meta.glob does not exist: the chart list comes
 * from setup/chart-modules.ts (every lib/charts/<id>.ts on disk, loaded afresh, so dev edits and
 * new charts show).
 */
import type { Plugin } from 'vite'
import type { Fact } from '../data/types'
import type { CsvFile } from '../lib/csv-files'
import { resolve } from 'node:path'
import { defineVitePluginsSetup } from '@slidev/types'
import { csvFileName, csvFiles } from '../lib/csv-files'
import { loadCharts, withFreshModules } from './chart-modules'

/** The CSV files of every chart in lib/charts/, loaded afresh (edits show in dev). */
export async function loadCsvFiles(root: string): Promise<CsvFile[]> {
  // One fresh module graph for the charts and the registry: each file evaluated once.
  return withFreshModules(root, async (jiti) => {
    const charts = loadCharts(root, jiti)
    const { getFact } = await jiti.import<{ getFact: (id: string) => Fact }>(resolve(root, 'lib/facts.ts'))
    return csvFiles(charts.map(c => c.dataset), getFact)
  })
}

export function csvDownloads(root: string): Plugin {
  let base = '/'
  return {
    name: 'deck:csv-downloads',
    configResolved(config) {
      base = config.base
    },
    configureServer(server) {
      // Loading the data takes about a second: keep the result until a data or lib file changes.
      let cached: Promise<CsvFile[]> | undefined
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(resolve(root, 'data')) || file.startsWith(resolve(root, 'lib')))
          cached = undefined
      })
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0]
        const match = /^data\/([^/]+)\.csv$/.exec(path.startsWith(base) ? path.slice(base.length) : '')
        if (!match)
          return next()
        try {
          cached ??= loadCsvFiles(root)
          const file = (await cached).find(f => f.fileName === csvFileName(match[1]))
          if (!file) {
            res.statusCode = 404
            res.end(`No chart with id "${match[1]}" in lib/charts/`)
            return
          }
          res.setHeader('Content-Type', 'text/csv; charset=utf-8')
          res.setHeader('Cache-Control', 'no-store')
          res.end(file.text)
        }
        catch (error) {
          cached = undefined
          res.statusCode = 500
          res.end(`Could not build the CSV: ${(error as Error).message}`)
        }
      })
    },
    async generateBundle() {
      for (const file of await loadCsvFiles(root))
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.text })
    },
  }
}

export default defineVitePluginsSetup(options => [csvDownloads(options.userRoot)])
