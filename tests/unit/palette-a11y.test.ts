/**
 * The palette must stay readable for everyone: WCAG AA contrast of every text and mark token
 * on the slide background in both schemes, and the pairs charts set side by side must stay
 * apart under simulated protanopia, deuteranopia and tritanopia.
 */
import type { PaletteToken } from '../../lib/palette'
import type { Deficiency, Rgb } from './colour-vision'
import { describe, expect, it } from 'vitest'
import { contrastRatio, palette } from '../../lib/palette'
import { DEFICIENCIES, deltaE2000, parseHex, perceivedDistance, simulate } from './colour-vision'

const SCHEMES = ['light', 'dark'] as const

// Tokens read as text: body copy and links (ink), secondary text (muted), a fall or a rise
// written in its colour (loss, gain: the Nvidia price panel), focus ring (accent).
const TEXT_TOKENS: PaletteToken[] = ['ink', 'muted', 'loss', 'gain', 'accent']
// Tokens that fill or stroke chart marks: WCAG 1.4.11 non-text contrast.
const MARK_TOKENS: PaletteToken[] = ['deepseek', 'us', 'nvidia', 'loss', 'gain', 'neutral', 'accent']
// The data tokens: one actor or one direction each, so no two may share a colour.
const DATA_TOKENS: PaletteToken[] = ['deepseek', 'us', 'nvidia', 'loss', 'gain', 'neutral']

// Pairs a chart shows side by side with nothing but colour to tell them apart, and the least
// CIEDE2000 distance they must keep. 20 is roughly "different colour names" rather than "two
// shades of one colour". Where (styles/README.md lists them too):
const SIDE_BY_SIDE: [PaletteToken, PaletteToken][] = [
  ['deepseek', 'us'], // the cost, GPU, GPU-hour and chip bars; the export-control timeline's lanes
  ['loss', 'gain'], // market moves, the Nvidia price panel
  ['nvidia', 'loss'], // Nvidia's line or bar beside other falls
  ['nvidia', 'gain'], // Nvidia's line beside its rebound
  ['nvidia', 'neutral'], // Nvidia beside the indexes (Nasdaq, S&P 500)
  ['nvidia', 'us'], // Nvidia beside other US companies
  ['deepseek', 'nvidia'], // DeepSeek's app rank and Nvidia's fall on one axis
  ['deepseek', 'loss'], // DeepSeek's events beside the sell-off
  ['loss', 'neutral'], // a fall beside an index
  ['us', 'neutral'], // US figures beside comparators
]
// Not tested, and so never set side by side on colour alone: deepseek/gain and us/loss (the
// timelines' shaded periods carry their words), deepseek/neutral and gain/neutral.
const MIN_DISTANCE = 20

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2)
  })
})

describe.each(SCHEMES)('%s scheme contrast on bg', (scheme) => {
  const colours = palette[scheme]
  it.each(TEXT_TOKENS)('text token %s is at least 4.5:1', (token) => {
    expect(contrastRatio(colours[token], colours.bg)).toBeGreaterThanOrEqual(4.5)
  })
  it.each(MARK_TOKENS)('mark token %s is at least 3:1', (token) => {
    expect(contrastRatio(colours[token], colours.bg)).toBeGreaterThanOrEqual(3)
  })
})

describe('one colour per actor', () => {
  it.each(SCHEMES)('%s: no two data tokens share a colour, and accent (interface only) matches none', (scheme) => {
    const colours = palette[scheme]
    const hexes = DATA_TOKENS.map(t => colours[t].toLowerCase())
    expect(new Set(hexes).size, DATA_TOKENS.join(', ')).toBe(DATA_TOKENS.length)
    expect(hexes).not.toContain(colours.accent.toLowerCase())
  })
})

describe('colour-vision simulation (Machado 2009)', () => {
  it.each(DEFICIENCIES)('%s keeps white, black and grey neutral', (deficiency: Deficiency) => {
    for (const [hex, expected] of [['#ffffff', 1], ['#000000', 0]] as const) {
      for (const c of simulate(hex, deficiency))
        expect(c).toBeCloseTo(expected, 2)
    }
    const [r, g, b] = simulate('#808080', deficiency)
    expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(0.01)
  })

  it('catches a classic red-green pair of equal lightness, so the threshold means something', () => {
    const [orange, green] = ['#b35806', '#5a8a00']
    expect(perceivedDistance(orange, green)).toBeGreaterThan(MIN_DISTANCE)
    expect(perceivedDistance(orange, green, 'deuteranopia')).toBeLessThan(MIN_DISTANCE)
    expect(perceivedDistance(orange, green, 'protanopia')).toBeLessThan(MIN_DISTANCE)
  })

  it.each([
    ['bad', '#12345'],
    ['named colour', 'red'],
    ['NaN', 'NaN'],
  ])('rejects a %s with a TypeError naming it', (_label, input) => {
    expect(() => parseHex(input)).toThrow(TypeError)
    expect(() => parseHex(input)).toThrow(JSON.stringify(input))
  })
})

describe('deltaE2000 against Sharma, Wu and Dalal (2005) test data', () => {
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ] as [Rgb, Rgb, number][])('%j vs %j is %f', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 3)
  })
})

describe.each(SCHEMES)('%s scheme pairs stay apart', (scheme) => {
  const colours = palette[scheme]
  const cases = SIDE_BY_SIDE.flatMap(([a, b]) =>
    [undefined, ...DEFICIENCIES].map(deficiency => [a, b, deficiency ?? 'normal vision'] as const))
  it.each(cases)('%s vs %s under %s', (a, b, vision) => {
    const deficiency = vision === 'normal vision' ? undefined : vision
    expect(perceivedDistance(colours[a], colours[b], deficiency)).toBeGreaterThanOrEqual(MIN_DISTANCE)
  })
})
