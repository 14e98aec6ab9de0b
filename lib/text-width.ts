/**
 * A label's rendered width without a DOM, so layouts can be computed in Node and in print and
 * still not collide. Pure: no Vue, no DOM.
 */

const NARROW = new Set('iljtfrI.,:;’\'|!()[] 1'.split(''))
const WIDE = new Set('mwMW@%—'.split(''))

/**
 * A deliberately generous estimate of a label's rendered width in a proportional sans face
 * (IBM Plex Sans).
 */
export function estimateTextWidth(text: string, fontSize = 16): number {
  if (!(fontSize > 0))
    throw new TypeError(`estimateTextWidth: fontSize must be positive, got ${fontSize}`)
  let em = 0
  for (const ch of text) {
    if (NARROW.has(ch))
      em += 0.3
    else if (WIDE.has(ch))
      em += 0.88
    else if (ch >= 'A' && ch <= 'Z')
      em += 0.66
    else if (ch >= '0' && ch <= '9')
      em += 0.58
    else
      em += 0.55
  }
  return em * fontSize
}
