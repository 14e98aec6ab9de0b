import { describe, expect, it } from 'vitest'
import { splitParts } from './split-parts'

describe('splitParts', () => {
  it.each([
    { weights: [], of: 2, parts: [[], []] },
    { weights: [5], of: 1, parts: [[5]] },
    { weights: [1, 1, 1, 1], of: 2, parts: [[1, 1], [1, 1]] },
    { weights: [3, 1, 1, 1], of: 2, parts: [[3], [1, 1, 1]] },
    { weights: [1, 2, 3], of: 5, parts: [[1], [2], [], [3], []] },
    { weights: [0, 0], of: 2, parts: [[0, 0], []] },
  ])('$weights in $of parts', ({ weights, of, parts }) => {
    expect(splitParts(weights, w => w, of)).toEqual(parts)
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects of = %s', (of) => {
    expect(() => splitParts([1], w => w, of)).toThrow(TypeError)
  })
})
