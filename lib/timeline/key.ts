/** The key under a timeline: band styles too narrow to carry their words, and guide lines. Pure. */
import type { BandStatus, KeyItem, LaidBand, LaidEvent } from './types'
import { estimateTextWidth } from '../text-width'

/** The words of the key for each band style. */
export const KEY_WORDS: Record<BandStatus, string> = {
  allowed: 'could be sold',
  licence: 'licence needed',
  promised: 'licences promised',
}
const KEY_ORDER: BandStatus[] = ['allowed', 'licence', 'promised']
/** The key's swatch width, and the space after it and after each entry. */
const SWATCH = 26
const KEY_PAD = 6
const KEY_GAP = 24

/**
 * The key: every band style on the chart when some band is too narrow for its label, and every
 * guide line, each named by the event it marks.
 */
export function keyItems(bands: readonly LaidBand[], guides: readonly LaidEvent[], left: number, fontSize: number, right = Number.POSITIVE_INFINITY): KeyItem[] {
  const statuses = bands.some(b => !b.labelFits) ? KEY_ORDER.filter(st => bands.some(b => b.status === st)) : []
  const entries = [
    ...statuses.map(status => ({ kind: 'band' as const, status, label: KEY_WORDS[status] })),
    ...guides.map(e => ({ kind: 'guide' as const, label: e.label })),
  ]
  let x = left
  let row = 0
  return entries.map((entry) => {
    const width = SWATCH + KEY_PAD + estimateTextWidth(entry.label, fontSize)
    // A narrow chart's key wraps: an entry that would run past the right edge starts a row.
    if (x > left && x + width > right) {
      row++
      x = left
    }
    const item: KeyItem = { ...entry, x, textX: x + SWATCH + KEY_PAD, ...(row ? { row } : {}) }
    x = item.textX + estimateTextWidth(entry.label, fontSize) + KEY_GAP
    return item
  })
}
