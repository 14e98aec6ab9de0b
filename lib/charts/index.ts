/**
 * Every chart definition in the deck, found by file: each lib/charts/<id>.ts that exports one
 * (lib/chart-registry.ts). The CSV downloads, the browser walk, the print check and the
 * clicks-vs-steps check all read the same enumeration, so a new definition file is checked
 * everywhere without a list to edit. Node code without Vite uses setup/chart-modules.ts.
 */
import type { ChartDefinition } from '../chart'
import type { TimelineDefinition } from '../timeline/define'
import { chartsFromModules } from '../chart-registry'

// The glob is the Vite/vitest side of isChartModule(): *.ts but tests and this file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./index.ts'], { eager: true })

/** Path → exports of every chart module, as Vite loaded them (for the tests that compare loaders). */
export const chartModules: Readonly<Record<string, Record<string, unknown>>> = modules

export const charts: readonly ChartDefinition<any, any>[] = chartsFromModules(modules)

/** The definition with this id; throws naming the known ids when it is absent. */
export function chartById(id: string): ChartDefinition<any, any> {
  const chart = charts.find(c => c.id === id)
  if (!chart)
    throw new Error(`No chart "${id}" in lib/charts/ (known: ${charts.map(c => c.id).join(', ')})`)
  return chart
}

/**
 * The timeline with this id: a slide names its timeline by id (`<TimelineChart chart="origin-timeline" …>`)
 * rather than through a one-line wrapper component per timeline.
 */
export function timelineById(id: string): TimelineDefinition {
  const chart = chartById(id)
  if (!('rowOf' in chart))
    throw new Error(`Chart "${id}" is not a timeline (lib/timeline/define.ts)`)
  return chart as TimelineDefinition
}
