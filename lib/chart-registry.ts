/**
 * The chart list, derived from the definition files themselves: every lib/charts/<id>.ts (not a
 * test, not the index) that exports a defineChart/defineTimeline value. One pure function turns
 * a record of loaded modules into the list, so the browser (import.meta.glob in
 * lib/charts/index.ts) and Node (fs + jiti in setup/chart-modules.ts) enumerate the same way.
 */
import type { ChartDefinition } from './chart'

/** A file name in lib/charts/ that holds chart definitions. */
export function isChartModule(fileName: string): boolean {
  return /^[^/]+\.ts$/.test(fileName) && !/\.(?:test|d)\.ts$/.test(fileName) && fileName !== 'index.ts'
}

/** Whether an exported value is a chart definition (what defineChart returns). */
export function isChartDefinition(value: unknown): value is ChartDefinition<any, any> {
  if (!value || typeof value !== 'object')
    return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.at === 'function' && typeof v.layout === 'function'
    && !!v.spec && typeof v.spec === 'object' && !!v.dataset && typeof v.dataset === 'object'
}

/**
 * Every chart definition exported by `modules` (keyed by path), sorted by id. Throws when two
 * share an id, naming both files.
 */
export function chartsFromModules(modules: Record<string, Record<string, unknown>>): ChartDefinition<any, any>[] {
  const byId = new Map<string, { chart: ChartDefinition<any, any>, path: string }>()
  for (const [path, exports] of Object.entries(modules)) {
    for (const value of Object.values(exports)) {
      if (!isChartDefinition(value))
        continue
      const seen = byId.get(value.id)
      if (seen && seen.chart !== value)
        throw new Error(`Two chart definitions share the id "${value.id}": ${seen.path} and ${path}`)
      byId.set(value.id, { chart: value, path })
    }
  }
  return [...byId.values()].map(e => e.chart).sort((a, b) => a.id.localeCompare(b.id))
}
