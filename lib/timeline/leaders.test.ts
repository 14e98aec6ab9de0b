import { describe, expect, it } from 'vitest'
import { LEADER_CLEARANCE as C, labelBox, leaderSpan } from './leaders'

describe('leaderSpan', () => {
  it('runs from the dot to the top of a label hung beside it', () => {
    // Baseline 34 at 16 units: the text's top is 34 − 0.8 × 16 = 21.2.
    expect(leaderSpan(100, 200, labelBox(105, 200, 34, 16))).toEqual({ top: 21.2, bottom: 200 })
    expect(leaderSpan(100, 200, labelBox(0, 95, 34, 16))).toEqual({ top: 21.2, bottom: 200 })
  })

  it('stops under its own label when that label sits over the leader', () => {
    const over = labelBox(40, 240, 34, 16)
    expect(leaderSpan(100, 200, over)).toEqual({ top: over.y1 + C, bottom: 200 })
  })
})
