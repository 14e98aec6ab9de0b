import { describe, expect, it } from 'vitest'
import { segmentHitsBox } from './segment-box'

const box = { x0: 10, x1: 20, y0: 10, y1: 20 }

describe('segmentHitsBox', () => {
  it.each([
    ['crosses it diagonally', [0, 0, 30, 30], true],
    ['ends inside it', [0, 15, 12, 15], true],
    ['runs along above it', [0, 5, 30, 5], false],
    ['stops short of it', [0, 0, 8, 8], false],
    ['passes beside a corner', [0, 12, 12, 0], false],
    ['is vertical through it', [15, 0, 15, 30], true],
    ['is vertical beside it', [25, 0, 25, 30], false],
  ] as const)('%s', (_, [ax, ay, bx, by], hits) => {
    expect(segmentHitsBox(ax, ay, bx, by, box)).toBe(hits)
  })
})
