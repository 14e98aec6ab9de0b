/**
 * The one palette: charts use `var(--c-*)` and the CSS variables are generated from this
 * object (styles/palette.ts), so CSS and chart code cannot drift apart. styles/README.md says
 * which actor owns which token.
 *
 * One colour per actor: `deepseek` (DeepSeek and China), `us` (US labs, companies other than
 * Nvidia, US policy), `nvidia`, then `loss`/`gain` for a fall/a rise and `neutral` for the rest.
 * `accent` is interface only (focus rings). Blue and orange come from Okabe & Ito's
 * colour-blind-safe set; nvidia, loss and gain were tuned so the pairs charts set side by side
 * stay apart under simulated protanopia, deuteranopia and tritanopia, and every mark keeps at
 * least 3:1 (loss and gain, also used as text, 4.5:1) against the slide background
 * (tests/unit/palette-a11y.test.ts).
 */
export const palette = {
  light: {
    bg: '#ffffff',
    ink: '#1b1f24',
    muted: '#5f6670',
    grid: '#d5d9de',
    // Actors (marks, at least 3:1 on bg): one hue each, everywhere.
    deepseek: '#0072b2',
    us: '#b35c00',
    nvidia: '#66134d',
    // Direction (marks and text, at least 4.5:1): a fall, a rise.
    loss: '#bb330c',
    gain: '#12836a',
    // Everything else: indexes, comparators, context.
    neutral: '#8b909a',
    // Interface only (focus rings): never a data colour, so it looks like no actor.
    accent: '#1b1f24',
  },
  dark: {
    bg: '#16181c',
    ink: '#eef0f3',
    muted: '#a3aab3',
    grid: '#3a3f47',
    deepseek: '#5ab8ee',
    us: '#e69f00',
    nvidia: '#9a4f99',
    loss: '#ee673b',
    gain: '#42caa3',
    neutral: '#a5a9a4',
    accent: '#eef0f3',
  },
} as const

export type PaletteToken = keyof typeof palette.light

/** `var(--c-loss)` etc., for SVG fill/stroke bindings. */
export function colorVar(token: PaletteToken): string {
  return `var(--c-${token})`
}

/** CSS text declaring every token for light mode and for Slidev's `html.dark`. */
export function paletteCss(): string {
  const block = (scheme: keyof typeof palette) =>
    Object.entries(palette[scheme]).map(([k, v]) => `  --c-${k}: ${v};`).join('\n')
  return `:root {\n${block('light')}\n}\nhtml.dark {\n${block('dark')}\n}\n`
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
