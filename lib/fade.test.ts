import { describe, expect, it } from 'vitest'
import { quickFade } from './fade'

describe('quickFade', () => {
  it('is full from a third of the fade on, and never outside 0…1', () => {
    expect([-1, 0, 0.1, 1 / 3, 0.5, 1].map(quickFade)).toEqual([0, 0, 0.30000000000000004, 1, 1, 1])
  })
})
