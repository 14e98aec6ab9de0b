/**
 * Maps a slide's click count to a chart step. Slidev passes 999999 for slides already passed,
 * the overview and print; anything at or past the end is the final state.
 */
export function clampStep(clicks: number, stepCount: number): number {
  if (!Number.isInteger(stepCount) || stepCount < 1)
    throw new TypeError(`clampStep: stepCount must be a positive integer, got ${stepCount}`)
  if (!Number.isFinite(clicks) || clicks <= 0)
    return 0
  return Math.min(Math.floor(clicks), stepCount - 1)
}
