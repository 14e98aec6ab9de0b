/**
 * Builds what the browser and export tests look at, once per run, and serves it on loopback:
 * 1. `npm run build -- --base /deck/` into dist-test/ (the site bundles its PDF, rendered by a
 *    local Chromium), served under /deck/: `deckUrl`, `deckOrigin`, `deckDist`.
 * 2. `npm run export -- --output <tmp>/deck.pdf --keep-site <tmp>/site`: the exported PDF, and
 *    the root-base (/) site it was rendered from, served at /: `exportedPdf`, `rootUrl`, `rootOrigin`.
 *    The second build doubles as the root-base check, so a run pays for two builds, not three.
 *    An export failure is handed to the tests (`exportError`) instead of stopping every test.
 * Set DECK_DIST (a /deck/ build) and DECK_EXPORT_DIR (holding deck.pdf and site/) to reuse earlier
 * outputs while iterating.
 */
import type { TestProject } from 'vitest/node'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveStatic } from '../../scripts/static-server.mjs'
import { buildDeck, runScript } from './serve'

export const BASE = '/deck/'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    deckOrigin: string
    deckDist: string
    /** The PDF `npm run export` wrote, or '' when the export failed. */
    exportedPdf: string
    /** Why the export failed, or ''. */
    exportError: string
    rootUrl: string
    rootOrigin: string
    rootDist: string
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..')
  const dist = process.env.DECK_DIST ? resolve(process.env.DECK_DIST) : resolve(root, 'dist-test')
  if (!process.env.DECK_DIST || !existsSync(resolve(dist, 'index.html')))
    buildDeck(BASE, dist)

  const exportDir = process.env.DECK_EXPORT_DIR ? resolve(process.env.DECK_EXPORT_DIR) : mkdtempSync(join(tmpdir(), 'deck-export-'))
  const exportedPdf = join(exportDir, 'deck.pdf')
  const rootDist = join(exportDir, 'site')
  let exportError = ''
  if (!process.env.DECK_EXPORT_DIR || !existsSync(exportedPdf)) {
    try {
      runScript('export.mjs', ['--output', exportedPdf, '--keep-site', rootDist])
    }
    catch (error) {
      exportError = (error as Error).message
    }
  }

  const server = await serveStatic(dist, BASE)
  const rootServer = await serveStatic(rootDist, '/')
  project.provide('deckUrl', server.url)
  project.provide('deckOrigin', server.origin)
  project.provide('deckDist', dist)
  project.provide('exportedPdf', exportError ? '' : exportedPdf)
  project.provide('exportError', exportError)
  project.provide('rootUrl', rootServer.url)
  project.provide('rootOrigin', rootServer.origin)
  project.provide('rootDist', rootDist)
  return async () => {
    await server.close()
    await rootServer.close()
    if (!process.env.DECK_EXPORT_DIR)
      rmSync(exportDir, { recursive: true, force: true })
  }
}
