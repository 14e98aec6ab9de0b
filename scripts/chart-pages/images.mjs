// The chart pages' downloads drawn in Chromium from the built embed pages: <id>.png (1600 px
// wide: the chart with its title, unit and source line, light scheme) and <id>.svg (the drawn
// SVG through XMLSerializer, so valid XML with viewBox, with the CSS rules and colours it uses
// in a <style>). Also measures each embed's height for the snippet's starting height.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openBuiltSite } from '../built-site.mjs'
import { findChromium, NO_CHROMIUM_MESSAGE } from '../chromium.mjs'
import { FONT_STACK, SLIDE_WIDTH } from './assets.mjs'

/** In the page: the wide SVG on stage as a standalone document, or throws. */
function standaloneSvg([fontStack, variant]) {
  const svg = document.querySelector(`[data-stage] .${variant} svg`)
  const rules = []
  const visit = (list) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) {
        try {
          if (svg.matches(rule.selectorText) || svg.querySelector(rule.selectorText))
            rules.push(rule.cssText)
        }
        catch {} // pseudo-elements and the like: nothing to match
      }
      else if ((rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) || rule instanceof CSSSupportsRule) {
        visit(rule.cssRules)
      }
    }
  }
  for (const sheet of document.styleSheets)
    visit(sheet.cssRules)
  const computed = getComputedStyle(svg)
  // Colours come through var(--c-…) in the rules, in style attributes and in fill/stroke attributes.
  const names = [...new Set([...(`${rules.join('\n')}${svg.outerHTML}`.match(/--[\w-]+/g) ?? []), '--c-bg'])]
  const vars = names.map(n => `${n}: ${computed.getPropertyValue(n).trim()};`).join(' ')
  const ns = 'http://www.w3.org/2000/svg'
  const [, , w, h] = svg.getAttribute('viewBox').split(/\s+/)
  const clone = svg.cloneNode(true)
  const title = document.createElementNS(ns, 'title')
  title.textContent = document.querySelector(`[data-stage] .${variant} .chart-title`)?.textContent.trim() ?? ''
  const style = document.createElementNS(ns, 'style')
  style.textContent = `svg { ${vars} font-family: ${fontStack}; }\n${rules.join('\n')}`
  const bg = document.createElementNS(ns, 'rect')
  for (const [k, v] of [['x', '-20'], ['y', '-20'], ['width', String(+w + 40)], ['height', String(+h + 40)], ['fill', computed.getPropertyValue('--c-bg').trim()]])
    bg.setAttribute(k, v)
  clone.prepend(title, style, bg)
  // A margin: labels may run past the viewBox (the deck draws with overflow visible).
  clone.setAttribute('viewBox', `-20 -20 ${+w + 40} ${+h + 40}`)
  clone.setAttribute('width', String(+w + 40))
  clone.setAttribute('height', String(+h + 40))
  // Literal colours in place of var(--c-…): renderers other than browsers read no custom properties.
  const values = Object.fromEntries(names.map(n => [n, computed.getPropertyValue(n).trim()]))
  const xml = new XMLSerializer().serializeToString(clone).replace(/<!--[\s\S]*?-->/g, '').replace(/var\((--[\w-]+)\)/g, (m, n) => values[n] || m)
  const error = new DOMParser().parseFromString(xml, 'image/svg+xml').querySelector('parsererror')
  if (error)
    throw new Error(`not well-formed SVG: ${error.textContent}`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`
}

/** Writes charts/<id>/<id>.png and .svg for each id; returns each embed's height at 800 px. */
export async function writeImages(outDir, ids) {
  const executablePath = findChromium()
  if (!executablePath)
    throw new Error(NO_CHROMIUM_MESSAGE)
  const { server, browser, close } = await openBuiltSite(outDir, '/', executablePath)
  const heights = new Map()
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2, colorScheme: 'light', reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.route(url => !url.href.startsWith(server.origin), route => route.abort())
    for (const id of ids) {
      await page.goto(`${server.url}charts/${id}/embed.html`, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      await page.locator('[data-shot]').screenshot({ path: join(outDir, 'charts', id, `${id}.png`) })
      heights.set(id, await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)))
      await writeFile(join(outDir, 'charts', id, `${id}.svg`), await page.evaluate(standaloneSvg, [FONT_STACK, `w-${SLIDE_WIDTH}`]))
    }
  }
  finally {
    await close()
  }
  return heights
}
