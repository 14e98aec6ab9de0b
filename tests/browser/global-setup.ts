/**
 * Builds what the browser and export tests look at, once per run, and serves it on loopback.
 * The builds run in the background: Vitest runs the unit and component tests first and the browser
 * files after them, two at a time, so the builds overlap the Node tests instead of delaying them.
 * 1. `npm run build -- --base /deck/` into dist-test/ (the site bundles its PDF, rendered by a
 *    local Chromium), served under /deck/: `deckUrl`, `deckOrigin`, `deckDist`. Every browser file
 *    waits for it (wait-for-deck.ts).
 * 2. Then `npm run export -- --output <tmp>/deck.pdf --keep-site <tmp>/site`, at a lower CPU priority
 *    while the browser files run: the exported PDF, and the root-base (/) site it was rendered from,
 *    served at /: `exportedPdf`, `rootUrl`, `rootOrigin`. The second build doubles as the root-base
 *    check, so a run pays for two builds, not three. The files that read it run last
 *    (vitest.config.ts) and wait for it with `buildError('export')` (built.ts).
 * Each step's outcome lands in `buildStatusDir` (built.ts); a failure is handed to the tests that
 * need the step instead of stopping every test.
 * Set DECK_DIST (a /deck/ build) and DECK_EXPORT_DIR (holding deck.pdf and site/) to reuse earlier
 * outputs while iterating.
 */
import type { TestProject } from 'vitest/node'
import type { BuildStep } from './built'
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveStatic } from '../../scripts/static-server.mjs'
import { statusFile } from './built'
import { buildDeck, runScript } from './serve'

export const BASE = '/deck/'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    deckOrigin: string
    deckDist: string
    /** Where each build step writes its outcome (built.ts reads it). */
    buildStatusDir: string
    /** The PDF `npm run export` writes, once `buildError('export')` is ''. */
    exportedPdf: string
    rootUrl: string
    rootOrigin: string
    rootDist: string
  }
}

/** Runs `step` unless `done`, then writes its outcome where built.ts looks (whole, or not at all). */
async function runStep(statusDir: string, step: BuildStep, done: boolean, work: () => Promise<void>): Promise<boolean> {
  let error = ''
  if (!done)
    await work().catch((e: Error) => error = e.message)
  const file = statusFile(statusDir, step)
  writeFileSync(`${file}.part`, JSON.stringify({ error }))
  renameSync(`${file}.part`, file)
  return !error
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..')
  const dist = process.env.DECK_DIST ? resolve(process.env.DECK_DIST) : resolve(root, 'dist-test')
  const exportDir = process.env.DECK_EXPORT_DIR ? resolve(process.env.DECK_EXPORT_DIR) : mkdtempSync(join(tmpdir(), 'deck-export-'))
  const exportedPdf = join(exportDir, 'deck.pdf')
  const rootDist = join(exportDir, 'site')
  const statusDir = mkdtempSync(join(tmpdir(), 'deck-build-status-'))
  const builds = (async () => {
    const deckDone = Boolean(process.env.DECK_DIST) && existsSync(resolve(dist, 'index.html'))
    const deckOk = await runStep(statusDir, 'deck', deckDone, () => buildDeck(BASE, dist))
    const exportDone = Boolean(process.env.DECK_EXPORT_DIR) && existsSync(exportedPdf)
    await runStep(statusDir, 'export', exportDone, () => deckOk
      ? runScript('export.mjs', ['--output', exportedPdf, '--keep-site', rootDist], { nice: 10 })
      : Promise.reject(new Error('not run: the /deck/ build failed')))
  })()

  // sirv (dev mode) looks files up when asked, so both sites can be served before they are built.
  const server = await serveStatic(dist, BASE)
  const rootServer = await serveStatic(rootDist, '/')
  project.provide('deckUrl', server.url)
  project.provide('deckOrigin', server.origin)
  project.provide('deckDist', dist)
  project.provide('buildStatusDir', statusDir)
  project.provide('exportedPdf', exportedPdf)
  project.provide('rootUrl', rootServer.url)
  project.provide('rootOrigin', rootServer.origin)
  project.provide('rootDist', rootDist)
  return async () => {
    await builds
    await server.close()
    await rootServer.close()
    rmSync(statusDir, { recursive: true, force: true })
    if (!process.env.DECK_EXPORT_DIR)
      rmSync(exportDir, { recursive: true, force: true })
  }
}
