/**
 * Colour-vision helpers for the palette tests: simulate dichromacy with Machado, Oliveira and
 * Fernandes (2009) at severity 1.0, and measure how far apart two colours look (CIEDE2000).
 * Test-only maths, so it lives beside the tests rather than in lib/.
 */

export type Rgb = [number, number, number]
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia'

type Matrix = [Rgb, Rgb, Rgb]

// Machado et al. 2009, table for severity 1.0; they act on linear RGB.
const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

export const DEFICIENCIES = Object.keys(MACHADO) as Deficiency[]

/** #rrggbb → sRGB channels in 0…1; a TypeError names anything else. */
export function parseHex(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex))
    throw new TypeError(`parseHex: expected #rrggbb, got ${JSON.stringify(hex)}`)
  return [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const clamp01 = (c: number) => Math.min(1, Math.max(0, c))

/** Linear RGB of `hex` as a dichromat would see it. */
export function simulate(hex: string, deficiency: Deficiency): Rgb {
  const lin = parseHex(hex).map(toLinear)
  return MACHADO[deficiency].map(row => clamp01(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as Rgb
}

/** Linear RGB (D65) → CIELAB. */
export function linearToLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

export function hexToLab(hex: string): Rgb {
  return linearToLab(parseHex(hex).map(toLinear) as Rgb)
}

/** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
export function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180
  const c1 = Math.hypot(a1, b1)
  const c2 = Math.hypot(a2, b2)
  const cBar = (c1 + c2) / 2
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)))
  const a1p = (1 + g) * a1
  const a2p = (1 + g) * a2
  const c1p = Math.hypot(a1p, b1)
  const c2p = Math.hypot(a2p, b2)
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360)
  const h1p = hue(b1, a1p)
  const h2p = hue(b2, a2p)
  const dLp = l2 - l1
  const dCp = c2p - c1p
  let dhp = 0
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p
    if (dhp > 180)
      dhp -= 360
    else if (dhp < -180)
      dhp += 360
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp / 2) * rad)
  const lBar = (l1 + l2) / 2
  const cBarP = (c1p + c2p) / 2
  let hBarP = h1p + h2p
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180)
      hBarP /= 2
    else
      hBarP = h1p + h2p < 360 ? (hBarP + 360) / 2 : (hBarP - 360) / 2
  }
  const t = 1 - 0.17 * Math.cos((hBarP - 30) * rad) + 0.24 * Math.cos(2 * hBarP * rad)
    + 0.32 * Math.cos((3 * hBarP + 6) * rad) - 0.2 * Math.cos((4 * hBarP - 63) * rad)
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2)
  const sc = 1 + 0.045 * cBarP
  const sh = 1 + 0.015 * cBarP * t
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2))
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7))
  const rt = -Math.sin(2 * dTheta * rad) * rc
  return Math.sqrt((dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh))
}

/** How far apart two colours look to someone with `deficiency` (or normal vision). */
export function perceivedDistance(a: string, b: string, deficiency?: Deficiency): number {
  if (!deficiency)
    return deltaE2000(hexToLab(a), hexToLab(b))
  return deltaE2000(linearToLab(simulate(a, deficiency)), linearToLab(simulate(b, deficiency)))
}
