// Draws each section's slide content with the deck's own components (scripts/prerender), in its
// finished state. A block whose drawing depends on the width (a chart) is drawn twice, at the
// slide's width and at a phone's, and article.css shows the one that fits: a chart laid out for
// 400 units keeps labels apart and readable on a 390 px screen, where the 880 layout would shrink
// its text to under 12 px. A stepped block's earlier steps go to `steps` (read/steps.json) as
// <template>s that the page script fetches and swaps in as the reader scrolls; without
// JavaScript the final state stays.

export const WIDE = 880
export const NARROW = 400

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** SSR writes `viewbox`; an SVG in HTML is fixed by the parser, but the file should say it right. */
function fixSvg(html) {
  return html.replace(/\bviewbox=/g, 'viewBox=')
  // The prerender build's base is '/': the site's CSV files and chart pages sit one folder up from read/.
    .replace(/href="\/(data|charts)\//g, 'href="../$1/')
}

/** Same drawing at both widths once the id prefix, which differs by design, is set aside. */
const sameDrawing = (a, b, pa, pb) => a.split(pa).join('') === b.split(pb).join('')

async function drawn(render, html, step, prefix) {
  const wide = fixSvg(await render(html, { clicks: step, width: WIDE, idPrefix: `${prefix}w` }))
  const narrow = fixSvg(await render(html, { clicks: step, width: NARROW, idPrefix: `${prefix}n` }))
  if (sameDrawing(wide, narrow, `${prefix}w`, `${prefix}n`))
    return { wide, narrow: null }
  return { wide, narrow }
}

function variants({ wide, narrow }) {
  return narrow
    ? `<div class="at-wide">${wide}</div><div class="at-narrow">${narrow}</div>`
    : wide
}

/** One body block as HTML: the final state, and for a stepped block its earlier steps. */
async function renderBlock(render, block, section, index, base, stepsOut) {
  const prefix = `s${section.no}b${index}`
  if (block.kind === 'calculator') {
    return `<p class="article-calculator"><a href="${esc(base)}#/${section.no}">Open the cost calculator</a> in the slide view: set GPU-hours, a rental price and a research factor, and compare the bills.</p>`
  }
  if (block.kind === 'bibliography')
    return ''
  const final = variants(await drawn(render, block.html, section.final, prefix))
  if (block.kind !== 'stepped' || section.final === 0)
    return `<div class="article-block">${final}</div>`
  const earlier = []
  for (let step = 0; step < section.final; step++)
    earlier.push(`<template data-step="${step}">${variants(await drawn(render, block.html, step, prefix))}</template>`)
  // The earlier steps go to steps.json, fetched after first paint: the page parses only what shows.
  stepsOut[prefix] = earlier.join('')
  return `<div class="article-block article-visual" data-key="${prefix}" data-final="${section.final}" data-step="${section.final}">${final}</div>`
}

/** A section's heading (kicker, title with its figures) and body, drawn. */
export async function renderSection(module, section, { base, steps }) {
  const render = (html, options) => module.renderTemplate(html, options)
  const title = section.title
    ? fixSvg(await render(`<h2 class="article-title">${section.title}</h2>`, { idPrefix: `s${section.no}t` }))
    : ''
  const blocks = []
  for (const [i, block] of section.body.entries())
    blocks.push(await renderBlock(render, block, section, i, base, steps))
  return { title, body: blocks.join('') }
}

/** The bibliography, all parts in one list, for the folded appendix. */
export async function renderBibliography(module) {
  return fixSvg(await module.renderTemplate('<Bibliography :part="1" :of="1" />', { idPrefix: 'bib' }))
}
