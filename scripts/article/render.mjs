// Draws each section's slide content with the deck's own components (scripts/prerender), in its
// finished state, once, at a phone's width: the article is the narrow view of the talk (wide
// screens get the slides), and a chart laid out for 400 units keeps its labels apart and readable
// on a 390 px screen; on a wider one the same SVG scales up by its viewBox. (Drawing each chart
// at two widths, CSS picking one, doubled the page's size and its style and layout work.)
// A stepped block's earlier steps go to `steps` (read/steps.json) as <template>s that the page
// script fetches and swaps in as the reader scrolls; without JavaScript the final state stays.

import { esc } from '../html-escape.mjs'

/** The viewBox width every chart in the article is laid out at. */
export const WIDTH = 400

/** SVG geometry attributes whose numbers are positions in viewBox units. */
const GEOMETRY = /(\s(?:[xyrd]|x1|x2|y1|y2|cx|cy|width|height|transform|points)=")([^"]*)"/g
/** A position to two decimals: a hundredth of a unit is far below a pixel; 16 digits are not. */
const shortNumbers = value => value.replace(/-?\d+\.\d{3,}/g, n => String(Math.round(Number(n) * 100) / 100))

/**
 * SSR writes `viewbox`; an SVG in HTML is fixed by the parser, but the file should say it right.
 * Vue's fragment markers (`<!--[-->`, `<!--]-->`, `<!---->`) serve hydration, which this page
 * never does: dropped, like long decimals, the page has less to parse.
 */
function fixSvg(html) {
  const tidy = html.replace(/\bviewbox=/g, 'viewBox=').replace(/<!--(?:\[|\])?-->/g, '')
  const short = tidy.replace(GEOMETRY, (_, name, value) => `${name}${shortNumbers(value)}"`)
  // The prerender build's base is '/': the site's CSV files and chart pages sit one folder up from read/.
  return short.replace(/href="\/(data|charts)\//g, 'href="../$1/')
}

const drawn = async (render, html, step, prefix) => fixSvg(await render(html, { clicks: step, width: WIDTH, idPrefix: prefix }))

/** One body block as HTML: the final state, and for a stepped block its earlier steps. */
async function renderBlock(render, block, section, index, base, stepsOut) {
  const prefix = `s${section.no}b${index}`
  if (block.kind === 'calculator') {
    return `<p class="article-calculator"><a href="${esc(base)}#/${section.no}">Open the cost calculator</a> in the slide view: set GPU-hours, a rental price and a research factor, and compare the bills.</p>`
  }
  if (block.kind === 'bibliography')
    return ''
  const final = await drawn(render, block.html, section.final, prefix)
  if (block.kind !== 'stepped' || section.final === 0)
    return `<div class="article-block">${final}</div>`
  const earlier = []
  for (let step = 0; step < section.final; step++)
    earlier.push(`<template data-step="${step}">${await drawn(render, block.html, step, prefix)}</template>`)
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
