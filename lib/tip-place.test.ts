import { describe, expect, it } from 'vitest'
import { placeTip } from './tip-place'

// A 1280 × 720 slide; a 300 × 80 tip; the default gap 6 and margin 8.
const slide = { left: 0, top: 0, width: 1280, height: 720 }
const tip = { width: 300, height: 80 }
const word = (left: number, top: number) => ({ left, top, width: 60, height: 24 })

describe('placeTip', () => {
  it('puts the tip below the word, aligned with its start, when it fits', () => {
    expect(placeTip(word(100, 100), tip, slide)).toEqual({ left: 100, top: 130, side: 'below' })
  })

  it('shifts the tip left to stay inside the right edge', () => {
    const p = placeTip(word(1200, 100), tip, slide)
    expect(p.left + tip.width).toBe(1280 - 8)
  })

  it('keeps the left edge when the tip is wider than the room either side', () => {
    expect(placeTip(word(2, 100), { width: 1400, height: 80 }, slide).left).toBe(8)
  })

  it('flips above a word near the bottom', () => {
    expect(placeTip(word(100, 680), tip, slide)).toEqual({ left: 100, top: 680 - 6 - 80, side: 'above' })
  })

  it('stays below when neither side fits but below has more room', () => {
    expect(placeTip(word(100, 300), { width: 300, height: 500 }, slide).side).toBe('below')
  })

  it('works in any coordinate space (a canvas offset on the screen)', () => {
    const offset = { left: 40, top: 20, width: 1280, height: 720 }
    expect(placeTip(word(1240, 700), tip, offset)).toEqual({ left: 40 + 1280 - 8 - 300, top: 700 - 6 - 80, side: 'above' })
  })
})
