import type { TimelineOptions } from './types'

/** What every lane needs: the axis, the plot bounds and the sizes, options resolved. */
export interface Frame extends Required<TimelineOptions> {
  start: Date
  end: Date
  x: (d: Date) => number
  plotRight: number
  steps: number
  domain: string
}

/** Throws unless `step` is one of the timeline's build steps. */
export function checkStep(kind: string, id: string, step: number, steps: number) {
  if (!Number.isInteger(step) || step < 0 || step >= steps)
    throw new TypeError(`timelineLayout: ${kind} "${id}" has step ${step}, outside 0–${steps - 1}`)
}
