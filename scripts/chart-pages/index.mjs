// A permanent page per chart, written into a built site: charts/<id>/index.html (the chart, its
// sources, table, citation, embed code), charts/<id>/embed.html, <id>.svg and <id>.png, and
// charts/index.html listing them. Everything comes from the chart definitions: a new chart gets
// its page with no edit here. Drawn by the deck's own components (scripts/prerender).
// `node scripts/chart-pages/index.mjs [--out dist] [--base /deck/]` redoes it on a built site;
// `npm run build` calls `writeChartPages`. DECK_SITE_URL (the deck's public URL, e.g.
// https://example.org/deck/) makes canonical, og:image and citation URLs absolute at build time.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { buildPrerender } from '../prerender/build.mjs'
import { WIDTHS, writeAssets } from './assets.mjs'
import { deckTitle, loadPageKit, pageData } from './data.mjs'
import { chartPage, embedPage, indexPage } from './html.mjs'
import { writeImages } from './images.mjs'

const unescape = s => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ 'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', '#39': '\'' })[e])

/** Vue's useId gives v-0, v-1… per render: prefix them, so several renders share one page. */
function prefixIds(html, prefix) {
  return html.replace(/(["#\s])v-(\d+)(?=["\s)])/g, `$1${prefix}$2`).replace(/<!--[\s\S]*?-->/g, '')
}

async function figures(module, chart) {
  const out = []
  for (let step = 0; step < chart.steps.length; step++) {
    let html = ''
    for (const width of WIDTHS)
      html += `<div class="w-${width}">${prefixIds(await module.renderChart(chart.id, { step, width }), `${chart.id}-${step}-${width}-`)}</div>`
    out.push(html)
  }
  return out
}

const textOf = (html, cls) => unescape(new RegExp(`class="${cls}"[^>]*>([^<]*)<`).exec(html)?.[1]?.trim() ?? '')

export async function writeChartPages({ root = process.cwd(), outDir, base = '/', site = process.env.DECK_SITE_URL }) {
  const started = performance.now()
  const { module, css } = await buildPrerender(root)
  const built = performance.now()
  const kit = await loadPageKit(root)
  const title = await deckTitle(root)
  const dir = join(outDir, 'charts')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeAssets(root, dir, { css, paletteCss: module.paletteCss(), parseStep: kit.parseStep })
  const home = site ? site.replace(/\/?$/, '/') : base
  const pages = []
  for (const chart of module.charts) {
    const figs = await figures(module, chart)
    const url = `${home}charts/${chart.id}/`
    const p = pageData(kit, chart, { title, url, chartTitle: textOf(figs.at(-1), 'chart-title') || chart.title })
    await mkdir(join(dir, chart.id), { recursive: true })
    await writeFile(join(dir, chart.id, 'embed.html'), embedPage(p, figs, { deckTitle: title }))
    pages.push({ p, figs, url, unit: textOf(figs.at(-1), 'chart-unit') })
  }
  await writeFile(join(dir, 'index.html'), indexPage(pages.map(({ p, unit }) => ({ ...p, unit })), { deckTitle: title }))
  const rendered = performance.now()
  const heights = await writeImages(outDir, pages.map(({ p }) => p.id))
  for (const { p, figs, url, unit } of pages) {
    const html = chartPage(p, figs, { deckTitle: title, url, site, unit, embedHeight: heights.get(p.id) })
    await writeFile(join(dir, p.id, 'index.html'), html)
  }
  const s = (a, b) => `${((b - a) / 1000).toFixed(1)} s`
  const done = performance.now()
  console.log(`chart pages: ${pages.length} charts in ${dir}, ${s(started, done)} (prerender build ${s(started, built)}, HTML ${s(built, rendered)}, PNG and SVG in Chromium ${s(rendered, done)})`)
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const base = `/${arg('--base', '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  await writeChartPages({ outDir: resolve(arg('--out', 'dist')), base })
}
