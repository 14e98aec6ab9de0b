/**
 * Splits items into `of` consecutive parts of about equal weight, for lists spread over several
 * slides (the bibliography): each item goes to the part its weight's midpoint falls in.
 * Deterministic; parts keep the list's order. Pure.
 */
export function splitParts<T>(items: readonly T[], weight: (item: T) => number, of: number): T[][] {
  if (!Number.isInteger(of) || of < 1)
    throw new TypeError(`splitParts: "of" must be a positive integer, got ${of}`)
  const weights = items.map(weight)
  const total = weights.reduce((a, b) => a + b, 0)
  const parts: T[][] = Array.from({ length: of }, () => [])
  let done = 0
  items.forEach((item, i) => {
    const k = total > 0 ? Math.min(of - 1, Math.floor(((done + weights[i] / 2) / total) * of)) : 0
    parts[k].push(item)
    done += weights[i]
  })
  return parts
}
