/**
 * The chart list in plain Node (the CSV plugin, which Slidev loads through jiti, and the browser
 * tests' expectations): read lib/charts/ from disk and load each definition file with a fresh jiti
 * (no module cache, so dev edits and new files show), then the same chartsFromModules() the
 * browser's import.meta.glob feeds.
 */
import type { ChartDefinition } from '../lib/chart'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { createJiti } from 'jiti'
import { chartsFromModules, isChartModule } from '../lib/chart-registry'

/** The chart module files, as paths relative to lib/charts/ ("./app-rank.ts"), sorted. */
export function chartModuleFiles(root: string): string[] {
  return readdirSync(resolve(root, 'lib/charts')).filter(isChartModule).sort().map(f => `./${f}`)
}

/**
 * Every chart definition under `root`, loaded afresh from disk. Synchronous (jiti's require form)
 * so the browser tests can read the chart specs while they declare their cases.
 */
export function loadCharts(root: string): ChartDefinition<any, any>[] {
  const jiti = createJiti(resolve(root, 'setup/chart-modules.ts'), { moduleCache: false })
  const modules: Record<string, Record<string, unknown>> = {}
  for (const file of chartModuleFiles(root))
    modules[file] = jiti(resolve(root, 'lib/charts', file)) as Record<string, unknown>
  return chartsFromModules(modules)
}
