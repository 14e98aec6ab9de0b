/**
 * The one palette: charts use `var(--c-*)` and the CSS variables are generated from this
 * object (styles/palette.ts), so CSS and chart code cannot drift apart.
 * Hues follow Okabe & Ito's colour-blind-safe set, darkened in light mode so marks keep
 * at least 3:1 (and text 4.5:1) against the slide background.
 */
export const palette = {
  light: {
    bg: '#ffffff',
    ink: '#1b1f24',
    muted: '#5f6670',
    grid: '#d5d9de',
    deepseek: '#0072b2',
    us: '#b35c00',
    nvidia: '#a8467e',
    loss: '#c2410c',
    gain: '#0072b2',
    neutral: '#5f6670',
    accent: '#a8467e',
  },
  dark: {
    bg: '#16181c',
    ink: '#eef0f3',
    muted: '#a3aab3',
    grid: '#3a3f47',
    deepseek: '#56b4e9',
    us: '#e69f00',
    nvidia: '#e08cc0',
    loss: '#f47a3a',
    gain: '#56b4e9',
    neutral: '#a3aab3',
    accent: '#e08cc0',
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
