/**
 * A correction marker is one line that never wraps (components/Correction.vue: nowrap, the
 * slide's full width), so its words must fit that width: the canvas (slides.md `canvasWidth`)
 * less the slide's side padding (styles/deck.css), at the marker's font size, by the generous
 * width estimate the chart layouts use. A text too long for it is the thing to shorten.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORRECTIONS } from '../../data/corrections'
import { fillFacts } from '../../lib/facts'
import { estimateTextWidth } from '../../lib/text-width'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8')
function number(re: RegExp, text: string, what: string) {
  const m = re.exec(text)
  if (!m)
    throw new Error(`could not read ${what}`)
  return Number(m[1])
}

const canvas = number(/^canvasWidth:\s*(\d+)/m, read('slides.md'), 'canvasWidth in slides.md')
const sidePadding = number(/\.slidev-layout\s*\{[^}]*padding:\s*[\d.]+rem\s+([\d.]+)rem/, read('styles/deck.css'), 'the slide padding in styles/deck.css') * 16
const markerPx = number(/\.correction-marker\s*\{[^}]*font-size:\s*(\d+)px/, read('components/Correction.vue'), 'the marker font size')
const width = canvas - 2 * sidePadding

describe('correction markers fit one line', () => {
  it('reads its measures', () => {
    expect(width).toBeGreaterThan(500)
    expect(markerPx).toBeGreaterThanOrEqual(12)
  })

  it.each(CORRECTIONS.map(c => [c.id, `Article: ${c.said} · In fact: ${fillFacts(c.fact)}`] as const))('%s fits', (_id, text) => {
    expect(Math.round(estimateTextWidth(text, markerPx)), text).toBeLessThanOrEqual(width)
  })
})
