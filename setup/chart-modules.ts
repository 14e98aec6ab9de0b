/**
 * The chart list in plain Node (the CSV plugin, which Slidev loads through jiti, and the browser
 * tests' expectations): read lib/charts/ from disk and load each definition file afresh (so dev
 * edits and new files show), then the same chartsFromModules() the browser's import.meta.glob feeds.
 */
import type { ChartDefinition } from '../lib/chart'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { createJiti } from 'jiti'
import { chartsFromModules, isChartModule } from '../lib/chart-registry'

type Jiti = ReturnType<typeof createJiti>

/** The chart module files, as paths relative to lib/charts/ ("./app-rank.ts"), sorted. */
export function chartModuleFiles(root: string): string[] {
  return readdirSync(resolve(root, 'lib/charts')).filter(isChartModule).sort().map(f => `./${f}`)
}

const isProjectSource = (file: string) => !file.includes('/node_modules/') && /\.[cm]?ts$/.test(file)

/**
 * Runs `load` with a jiti whose module cache lasts this one call: each file is evaluated once per
 * call, as in a bundle. jiti's `moduleCache: false` instead re-evaluates a module at every import
 * of it, so the registry ran once per chart and per fact file (20 s a load without jiti's disk cache,
 * as on a fresh clone). Project sources are dropped from Node's require cache before and after,
 * so the next call sees edits and new files.
 */
export function withFreshModules<T>(root: string, load: (jiti: Jiti) => T): T {
  const jiti = createJiti(resolve(root, 'setup/chart-modules.ts'), { moduleCache: true })
  const drop = () => {
    for (const file of Object.keys(jiti.cache).filter(isProjectSource))
      delete jiti.cache[file]
  }
  drop()
  const result = load(jiti)
  if (result instanceof Promise)
    return result.finally(drop) as T
  drop()
  return result
}

/**
 * Every chart definition under `root`, loaded afresh from disk. Synchronous (jiti's require form)
 * so the browser tests can read the chart specs while they declare their cases.
 */
export function loadCharts(root: string, jiti?: Jiti): ChartDefinition<any, any>[] {
  if (!jiti)
    return withFreshModules(root, j => loadCharts(root, j))
  const modules: Record<string, Record<string, unknown>> = {}
  for (const file of chartModuleFiles(root))
    modules[file] = jiti(resolve(root, 'lib/charts', file)) as Record<string, unknown>
  return chartsFromModules(modules)
}
