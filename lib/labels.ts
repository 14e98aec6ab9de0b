/**
 * Label placement above points on a line: each label hangs right or left of its leader line
 * and is stacked in tiers so that no two labels, and no label and another leader, collide.
 * Pure: no Vue, no DOM.
 */

export type Anchor = 'start' | 'end'

export interface LabelInput {
  /** The event's x: the leader line rises from here. */
  x: number
  width: number
}

export interface PlacedLabel {
  tier: number
  anchor: Anchor
  /** The label's horizontal extent. */
  x0: number
  x1: number
}

export interface PlaceLabelsOptions {
  left: number
  right: number
  /** Space between the leader line and the text. */
  pad?: number
  /** Minimum space between two labels in one tier. */
  gap?: number
}

export interface PlaceLabelsResult {
  labels: PlacedLabel[]
  tiers: number
  /** Leader lines that pass through another label (0 when the layout is clean). */
  crossings: number
}

function extent(input: LabelInput, anchor: Anchor, pad: number): [number, number] {
  return anchor === 'start' ? [input.x + pad, input.x + pad + input.width] : [input.x - pad - input.width, input.x - pad]
}

function covers(x0: number, x1: number, x: number, margin: number): boolean {
  return x > x0 - margin && x < x1 + margin
}

const LEADER_MARGIN = 2

/**
 * Greedy tiers for fixed anchors, in the given order: each label takes the lowest tier where it
 * overlaps no label, its leader passes through no lower label, and it covers no higher leader.
 */
function stack(inputs: readonly LabelInput[], anchors: readonly Anchor[], order: readonly number[], o: Required<PlaceLabelsOptions>): PlaceLabelsResult {
  const placed: (PlacedLabel | undefined)[] = inputs.map(() => undefined)
  let crossings = 0
  for (const i of order) {
    const input = inputs[i]
    const [x0, x1] = extent(input, anchors[i], o.pad)
    const others = placed.flatMap((p, j) => (p ? [{ p, x: inputs[j].x }] : []))
    let fallback: PlacedLabel | undefined
    let choice: PlacedLabel | undefined
    for (let tier = 0; !choice; tier++) {
      if (others.some(q => q.p.tier === tier && x0 < q.p.x1 + o.gap && x1 > q.p.x0 - o.gap))
        continue
      const candidate = { tier, anchor: anchors[i], x0, x1 }
      fallback ??= candidate
      const crossesBelow = others.some(q => q.p.tier < tier && covers(q.p.x0, q.p.x1, input.x, LEADER_MARGIN))
      const coversAbove = others.some(q => q.p.tier > tier && covers(x0, x1, q.x, LEADER_MARGIN))
      if (!crossesBelow && !coversAbove)
        choice = candidate
      else if (tier > others.length)
        break
    }
    if (!choice)
      crossings++
    placed[i] = choice ?? fallback!
  }
  const labels = placed as PlacedLabel[]
  return { labels, tiers: labels.length ? Math.max(...labels.map(l => l.tier)) + 1 : 0, crossings }
}

/** A start-anchored label left of an end-anchored one, close enough that each covers the other's leader. */
function facing(inputs: readonly LabelInput[], anchors: readonly Anchor[], o: Required<PlaceLabelsOptions>): boolean {
  for (const [i, a] of inputs.entries()) {
    if (anchors[i] !== 'start')
      continue
    const [a0, a1] = extent(a, 'start', o.pad)
    for (const [j, b] of inputs.entries()) {
      if (anchors[j] !== 'end' || !(b.x > a.x))
        continue
      const [b0, b1] = extent(b, 'end', o.pad)
      if (covers(a0, a1, b.x, LEADER_MARGIN) || covers(b0, b1, a.x, LEADER_MARGIN))
        return true
    }
  }
  return false
}

/** Start-anchored labels right to left, then end-anchored ones left to right. */
function stackingOrder(inputs: readonly LabelInput[], anchors: readonly Anchor[]): number[] {
  const byX = inputs.map((_, i) => i).sort((a, b) => inputs[a].x - inputs[b].x || a - b)
  return [...byX.filter(i => anchors[i] === 'start').reverse(), ...byX.filter(i => anchors[i] === 'end')]
}

const MAX_SEARCH = 12

/**
 * Stacks labels into tiers above their events. Each label hangs right of its leader line
 * ("start") or left of it ("end"). Every anchor assignment that keeps labels in bounds and has
 * no facing pair is tried (there a clean stacking always exists); the one with the fewest tiers
 * wins, ties going to more start anchors. Past MAX_SEARCH labels, or when nothing is clean, a
 * greedy stacking is returned with its crossings counted.
 */
export function placeLabels(inputs: readonly LabelInput[], options: PlaceLabelsOptions): PlaceLabelsResult {
  const o = { pad: 5, gap: 10, ...options }
  for (const [i, input] of inputs.entries()) {
    if (!Number.isFinite(input.x) || !Number.isFinite(input.width) || input.width < 0)
      throw new TypeError(`placeLabels: label ${i} has a bad x (${input.x}) or width (${input.width})`)
  }
  if (!(o.right > o.left))
    throw new TypeError(`placeLabels: empty range ${o.left}–${o.right}`)
  const inBounds = (input: LabelInput, a: Anchor) => {
    const [x0, x1] = extent(input, a, o.pad)
    return x0 >= o.left && x1 <= o.right
  }
  // The anchor each label would take alone: start where it fits, else end.
  const preferred: Anchor[] = inputs.map(input => (inBounds(input, 'start') || !inBounds(input, 'end') ? 'start' : 'end'))
  let best: PlaceLabelsResult | undefined
  let bestStarts = -1
  if (inputs.length <= MAX_SEARCH) {
    for (let mask = 0; mask < 2 ** inputs.length; mask++) {
      // Bit i flips label i away from its preferred anchor; mask 0 is the preferred assignment.
      const anchors = preferred.map((a, i): Anchor => ((mask >> i) & 1 ? (a === 'start' ? 'end' : 'start') : a))
      if (anchors.some((a, i) => !inBounds(inputs[i], a) && a !== preferred[i]) || facing(inputs, anchors, o))
        continue
      const result = stack(inputs, anchors, stackingOrder(inputs, anchors), o)
      const starts = anchors.filter(a => a === 'start').length
      if (result.crossings === 0 && (!best || result.tiers < best.tiers || (result.tiers === best.tiers && starts > bestStarts))) {
        best = result
        bestStarts = starts
      }
    }
  }
  return best ?? stack(inputs, preferred, stackingOrder(inputs, preferred), o)
}
