// `node scripts/handout.mjs [--dist dist --base /] [--out deepseek-sputnik-moment-handout.pdf]`:
// a speaker handout, each slide (at its last click, as in the PDF export) beside its notes.
// Slides are screenshots of the built site's print view; notes come from @slidev/parser.
// Offline: fonts and pictures are inlined, and any request off loopback is refused.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { createJiti } from 'jiti'
import { argValue, builtSite, ROOT } from './bench-site.mjs'
import { openBuiltSite } from './built-site.mjs'
import { chromiumOrExit } from './chromium.mjs'
import { handoutHtml } from './handout-lib.mjs'

const argv = process.argv.slice(2)
// data/ and lib/ are TypeScript: jiti loads them, as Slidev loads setup/vite-plugins.ts.
const jiti = createJiti(import.meta.url)
const { FACTS_CHECKED } = await jiti.import(join(ROOT, 'data/checked.ts'))
const { HANDOUT_PDF } = await jiti.import(join(ROOT, 'lib/downloads.ts'))
const out = resolve(ROOT, argValue(argv, '--out', HANDOUT_PDF))
const htmlOut = argValue(argv, '--html')
const executablePath = chromiumOrExit()

const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
const headmatter = data.slides[0]?.frontmatter ?? {}
const slides = data.slides
  .filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
  .map((s, i) => ({ no: i + 1, title: s.title ?? '', note: s.note ?? '' }))
const canvasWidth = Number(headmatter.canvasWidth ?? 980)
const [aw, ah] = String(headmatter.aspectRatio ?? '16/9').split(/[/:]/).map(Number)
const canvasHeight = Math.round(canvasWidth * ah / aw)

/** @fontsource files as data: URLs, so the handout page needs no network at all. */
function fontFaces() {
  const require = createRequire(import.meta.url)
  const faces = [
    ['IBM Plex Sans', '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2', 400, 'normal'],
    ['IBM Plex Sans', '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2', 600, 'normal'],
    ['IBM Plex Sans', '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-italic.woff2', 400, 'italic'],
    ['IBM Plex Mono', '@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-400-normal.woff2', 400, 'normal'],
  ]
  return faces.map(([family, file, weight, style]) => {
    const data = readFileSync(require.resolve(file)).toString('base64')
    return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/woff2;base64,${data}) format('woff2'); }`
  }).join('\n')
}

const base = argValue(argv, '--base', '/')
const site = builtSite(argValue(argv, '--dist'), base)
const { server, browser, close } = await openBuiltSite(site.dist, base, executablePath)
try {
  const context = await browser.newContext({ viewport: { width: canvasWidth, height: canvasHeight }, deviceScaleFactor: 1.5, colorScheme: 'light' })
  await context.route(url => !url.href.startsWith(server.url) && !url.href.startsWith('data:'), route => route.abort())
  const page = await context.newPage()
  // The exporter's own view: every slide at its last click, no motion.
  await page.goto(`${server.url}?print=true#/print`, { waitUntil: 'networkidle' })
  await page.locator('.print-slide-container').first().waitFor()
  await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached' }).catch(() => {})
  await page.evaluate(() => document.fonts.ready)
  const containers = page.locator('.print-slide-container')
  const images = new Map()
  for (let i = 0; i < await containers.count(); i++) {
    const id = await containers.nth(i).getAttribute('id') ?? ''
    const no = Number(id.split('-')[0])
    // One slide shown at a time: capturing from the 30-slide page took 1–3 s a slide under load
    // (once over Playwright's 30 s), a lone slide a third of that, drawn the same.
    await page.evaluate(k => document.querySelectorAll('.print-slide-container').forEach((el, j) => {
      el.style.display = j === k ? '' : 'none'
    }), i)
    const png = await containers.nth(i).screenshot({ type: 'png', timeout: 90_000 }) // flat slides: PNG beats JPEG
    images.set(no, `data:image/png;base64,${png.toString('base64')}`)
  }
  if (images.size !== slides.length)
    throw new Error(`the built site has ${images.size} slides but slides.md has ${slides.length}: rebuild it (or leave out --dist)`)

  const html = handoutHtml({
    title: String(headmatter.title ?? 'Slides'),
    lang: String(headmatter.lang ?? 'en'),
    checked: FACTS_CHECKED.label,
    slides: slides.map(s => ({ ...s, image: images.get(s.no) })),
  }).replace('<style>', `<style>\n${fontFaces()}`)
  if (htmlOut)
    writeFileSync(resolve(htmlOut), html)
  const sheet = await context.newPage()
  // A page of 35 inlined slide pictures: a loaded machine needs more than the default 30 s.
  await sheet.setContent(html, { waitUntil: 'load', timeout: 180_000 })
  await sheet.evaluate(() => document.fonts.ready)
  await sheet.pdf({
    path: out,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font: 8pt sans-serif; color: #5f6670; width: 100%; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  })
  console.log(`wrote ${out}: ${slides.length} slides with notes`)
}
finally {
  await close()
  site.cleanup()
}
