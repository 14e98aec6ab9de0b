// The files every chart page shares, under charts/: one stylesheet (the deck's component CSS
// from the prerender build, the chart kit's CSS, the palette with a dark scheme that follows
// prefers-color-scheme, the page layout), IBM Plex Sans (self-hosted), and the one script.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

const FONTS = [['400', 'normal'], ['600', 'normal'], ['700', 'normal'], ['400', 'italic']]
export const FONT_STACK = '"IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'

/** The palette with the dark block moved under prefers-color-scheme (the deck toggles html.dark). */
export function schemePalette(paletteCss) {
  return paletteCss.replace(/html\.dark\s*\{([^}]*)\}/, '@media (prefers-color-scheme: dark) {\n:root {$1}\n}')
}

/** The viewBox widths each chart is drawn at: the slide's, and narrower for smaller screens. */
export const SLIDE_WIDTH = 880
export const WIDTHS = [SLIDE_WIDTH, 600, 360]
/** Each drawing is shown up to this screen width (CSS px), the slide's above the others'. */
const SHOWN_BELOW = { 600: 760, 360: 500 }

function variantCss() {
  const hidden = WIDTHS.slice(1).map(w => `.w-${w}`).join(', ')
  const queries = WIDTHS.slice(1).map((w, i) => `@media (max-width: ${SHOWN_BELOW[w]}px) { .w-${WIDTHS[i]} { display: none; } .w-${w} { display: block; } }`)
  return [`${hidden} { display: none; }`, ...queries].join('\n')
}

const PAGE_CSS = `
:root { color-scheme: light dark; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--c-bg); color: var(--c-ink); font: 17px/1.5 ${FONT_STACK}; }
a { color: var(--c-deepseek); }
main { max-width: 920px; margin: 0 auto; padding: 16px 20px 48px; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.6rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.crumbs, .checked, .downloads, .unit, .back { color: var(--c-muted); }
.crumbs { font-size: 0.95rem; }
.chart-stage .chart-actions { display: none; }
.chart-page .chart-stage .chart-title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${variantCss()}
@media (max-width: 500px) { main { padding: 12px 12px 40px; } }
.step-notice { border-left: 3px solid var(--c-muted); padding: 0.2rem 0.7rem; color: var(--c-muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.95rem; min-width: 60%; }
caption { text-align: left; color: var(--c-muted); padding-bottom: 0.3rem; }
th, td { text-align: left; padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--c-grid); }
pre, textarea { display: block; width: 100%; box-sizing: border-box; margin: 0; padding: 0.6rem 0.8rem; font: 0.85rem/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: color-mix(in srgb, var(--c-neutral) 10%, var(--c-bg)); color: var(--c-ink); border: 1px solid var(--c-grid); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
textarea { resize: vertical; }
.copy { margin-top: 0.4rem; font: inherit; font-size: 0.95rem; padding: 0.1rem 0.8rem; color: var(--c-ink); background: transparent; border: 1px solid var(--c-grid); border-radius: 4px; cursor: pointer; }
a:focus-visible, button:focus-visible, textarea:focus-visible { outline: 2px solid var(--c-deepseek); outline-offset: 2px; }
.sources li, .chart-list li { margin: 0.35rem 0; }
.chart-list .unit { display: block; font-size: 0.95rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
html:has(body.embed) { overflow: hidden; }
body.embed { background: var(--c-bg); }
.embed .shot { padding: 16px; }
.embed .back { margin: 0; padding: 0 16px 12px; font-size: 15px; }
`

function fontFaces() {
  return FONTS.map(([weight, style]) => `@font-face { font-family: "IBM Plex Sans"; font-style: ${style}; font-weight: ${weight}; font-display: swap; src: url(fonts/plex-sans-${weight}-${style}.woff2) format("woff2"); }`).join('\n')
}

/** Writes charts/chart-pages.css, charts/chart-page.js and charts/fonts/. */
export async function writeAssets(root, dir, { css, paletteCss, parseStep }) {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  const files = resolve(root, 'node_modules/@fontsource/ibm-plex-sans/files')
  await Promise.all(FONTS.map(([w, s]) => copyFile(join(files, `ibm-plex-sans-latin-${w}-${s}.woff2`), join(dir, 'fonts', `plex-sans-${w}-${s}.woff2`))))
  const chartsCss = await readFile(resolve(root, 'styles/charts.css'), 'utf8')
  await writeFile(join(dir, 'chart-pages.css'), [fontFaces(), schemePalette(paletteCss), css, chartsCss, PAGE_CSS].join('\n'))
  const client = await readFile(resolve(root, 'scripts/chart-pages/client.js'), 'utf8')
  await writeFile(join(dir, 'chart-page.js'), `var parseStep = ${parseStep.toString()};\n${client}`)
}
