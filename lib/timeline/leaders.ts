/**
 * An event's leader line: from just above its dot up to its label. A label pushed over its own
 * dot (too long for either side, on a narrow chart) sits on its leader, which then stops under
 * the text rather than poking up between its letters. Pure.
 *
 * A leader that must pass another label (a phone-width chart has no clean stacking) stays whole
 * and runs behind that label's halo: broken around the label instead, the dots under a long
 * first-tier label lost their leaders altogether and read as that label's (tried, dropped).
 */

/** A label's box in viewBox units. */
export interface LabelBox { x0: number, x1: number, y0: number, y1: number }

/** The leader's extent: `top` < `bottom` (y grows downwards). */
export interface LeaderSpan { top: number, bottom: number }

/** Room kept between a leader and a label over it. */
export const LEADER_CLEARANCE = 3

/** The vertical extent of a label's text (cap height to descenders) from its baseline. */
export function labelBox(x0: number, x1: number, baseline: number, fontSize: number): LabelBox {
  return { x0, x1, y0: baseline - fontSize * 0.8, y1: baseline + fontSize * 0.25 }
}

/**
 * The leader rising at `x` from `bottom` to the top of its label `own`, hung beside it; or to
 * just under `own` when that label is over it.
 */
export function leaderSpan(x: number, bottom: number, own: LabelBox): LeaderSpan {
  const over = x > own.x0 - LEADER_CLEARANCE && x < own.x1 + LEADER_CLEARANCE
  return { top: over ? own.y1 + LEADER_CLEARANCE : own.y0, bottom }
}
