import type { PlacedLabel } from './labels'
import { describe, expect, it } from 'vitest'
import { placeLabels } from './labels'

/** No two labels in one tier overlap, and no leader line passes through another label. */
function assertClean(xs: number[], labels: PlacedLabel[]) {
  for (const [i, a] of labels.entries()) {
    for (const [j, b] of labels.entries()) {
      if (i === j)
        continue
      if (a.tier === b.tier)
        expect(a.x1 <= b.x0 || b.x1 <= a.x0, `labels ${i} and ${j} overlap in tier ${a.tier}`).toBe(true)
      if (b.tier < a.tier)
        expect(xs[i] <= b.x0 || xs[i] >= b.x1, `leader ${i} crosses label ${j}`).toBe(true)
    }
  }
}

describe('placeLabels', () => {
  const bounds = { left: 0, right: 800 }

  it('returns nothing for no labels', () => {
    expect(placeLabels([], bounds)).toEqual({ labels: [], tiers: 0, crossings: 0 })
  })

  it('puts a single label in tier 0, anchored where it fits', () => {
    expect(placeLabels([{ x: 100, width: 80 }], bounds).labels[0]).toMatchObject({ tier: 0, anchor: 'start' })
    expect(placeLabels([{ x: 780, width: 80 }], bounds).labels[0]).toMatchObject({ tier: 0, anchor: 'end' })
  })

  it('keeps far-apart labels in one tier', () => {
    const r = placeLabels([{ x: 50, width: 100 }, { x: 400, width: 100 }], bounds)
    expect(r.tiers).toBe(1)
  })

  it.each([
    { name: 'a cluster on the left (start anchors)', xs: [100, 104, 110, 130] },
    { name: 'a cluster on the right edge (end anchors)', xs: [760, 770, 775, 790] },
    { name: 'clusters at both ends', xs: [20, 30, 400, 700, 760, 790] },
    { name: 'evenly spaced, closer than the label width', xs: [100, 160, 220, 280, 340, 400, 460] },
    { name: 'the 2025 export-control events', xs: [560, 585, 600, 606, 690, 711, 750] },
  ])('$name: no overlaps, no leader crossings', ({ xs }) => {
    const r = placeLabels(xs.map(x => ({ x, width: 150 })), bounds)
    expect(r.crossings).toBe(0)
    assertClean(xs, r.labels)
    for (const l of r.labels) {
      expect(l.x0).toBeGreaterThanOrEqual(bounds.left)
      expect(l.x1).toBeLessThanOrEqual(bounds.right)
    }
  })

  it('turns two close labels back to back rather than stacking them', () => {
    const r = placeLabels([{ x: 400, width: 120 }, { x: 404, width: 120 }], bounds)
    expect(r.tiers).toBe(1)
    expect(r.labels.map(l => l.anchor)).toEqual(['end', 'start'])
  })

  it('still places every label, counting crossings, past the search limit', () => {
    const xs = Array.from({ length: 14 }, (_, i) => 100 + i * 40)
    const r = placeLabels(xs.map(x => ({ x, width: 150 })), bounds)
    expect(r.labels).toHaveLength(14)
    expect(r.crossings).toBeGreaterThanOrEqual(0)
    for (const [i, a] of r.labels.entries()) {
      for (const b of r.labels.slice(i + 1)) {
        if (a.tier === b.tier)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)
      }
    }
  })

  it('is deterministic: input order does not change the result per label', () => {
    const xs = [300, 310, 320]
    const a = placeLabels(xs.map(x => ({ x, width: 120 })), bounds)
    const b = placeLabels([...xs].reverse().map(x => ({ x, width: 120 })), bounds)
    expect(b.labels.reverse()).toEqual(a.labels)
  })

  it.each([
    { x: Number.NaN, width: 10 },
    { x: 10, width: Number.NaN },
    { x: 10, width: -1 },
  ])('rejects a bad label (x $x, width $width)', (bad) => {
    expect(() => placeLabels([bad], bounds)).toThrow(/label 0/)
  })

  it('rejects an empty range', () => {
    expect(() => placeLabels([], { left: 10, right: 10 })).toThrow(TypeError)
  })
})
