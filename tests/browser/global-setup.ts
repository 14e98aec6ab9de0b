/**
 * Builds the deck once under /deck/ (the built site also bundles the PDF, through the real
 * exporter and a local Chromium) and serves it on loopback for every browser and export test.
 * Set DECK_DIST to reuse an existing build of the same base while iterating.
 */
import type { TestProject } from 'vitest/node'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDeck, serveDeck } from './serve'

export const BASE = '/deck/'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    deckOrigin: string
    deckDist: string
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..')
  const dist = process.env.DECK_DIST ? resolve(process.env.DECK_DIST) : resolve(root, 'dist-test')
  if (!process.env.DECK_DIST || !existsSync(resolve(dist, 'index.html')))
    buildDeck(BASE, dist)
  const server = await serveDeck(dist, BASE)
  project.provide('deckUrl', server.url)
  project.provide('deckOrigin', server.origin)
  project.provide('deckDist', dist)
  return () => server.close()
}
