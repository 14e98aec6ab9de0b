// The chart pages' HTML: the page (charts/<id>/index.html), its embed (embed.html) and the list
// (charts/index.html). Every URL is relative, so the pages work under any base path.

import { esc } from '../html-escape.mjs'

/** `up`: the way from the page to charts/ ('../' from charts/<id>/, '' from charts/ itself). */
function head({ title, description, extra = '', up = '../' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
${extra}<link rel="icon" href="${up}../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${up}chart-pages.css">
<script src="${up}chart-page.js" defer></script>
</head>`
}

/** The chart in every step: the finished one on stage, the others in templates for the script. */
function stage(p, figures) {
  const last = p.steps - 1
  const templates = figures.slice(0, last).map((f, i) => `<template data-step="${i}">${f}</template>`).join('\n')
  return `<p class="step-notice" data-notice hidden></p>
<div class="chart-stage" data-stage data-step="${last}">${figures[last]}</div>
${templates}`
}

function cell(value) {
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(value ?? '')
}

function table(dataset) {
  const th = dataset.columns.map(c => `<th scope="col">${esc(c.label)}${c.unit ? ` <span class="unit">(${esc(c.unit)})</span>` : ''}</th>`).join('')
  const rows = dataset.rows.map(r => `<tr>${dataset.columns.map(c => `<td>${esc(cell(r[c.key]))}</td>`).join('')}</tr>`).join('\n')
  return `<div class="table-wrap"><table><caption>${esc(dataset.title)}</caption><thead><tr>${th}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`
}

function copyable(id, text, { rows, fallback, stepLink = false } = {}) {
  const attrs = `id="${id}" data-url-fallback="${esc(fallback)}"${stepLink ? ' data-step-link' : ''}`
  const box = rows ? `<textarea ${attrs} readonly rows="${rows}" spellcheck="false">${esc(text)}</textarea>` : `<pre ${attrs}>${esc(text)}</pre>`
  return `${box}<button type="button" class="copy" data-copy="${id}" hidden>Copy</button>`
}

/** The embed snippet: the frame, plus the few lines that let it take its content's height. */
export function embedSnippet(p, { url, height }) {
  return `<iframe src="${url}embed.html" title="${esc(p.title)}" style="width:100%;border:0" height="${height}" scrolling="no"></iframe>
<script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;var f=document.querySelectorAll("iframe");for(var k in d)for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=d[k]+"px"})</script>`
}

export function chartPage(p, figures, { deckTitle, url, site, unit, embedHeight }) {
  const abs = file => (site ? `${url}${file}` : file)
  const description = `${unit}. ${p.sourceLine}. From “${deckTitle}”.`
  const meta = `<link rel="canonical" href="${esc(site ? url : './')}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(p.title)}">
<meta property="og:description" content="${esc(description)}">
<meta property="og:image" content="${esc(abs(`${p.id}.png`))}">
<meta property="og:image:alt" content="${esc(`${p.title}: chart`)}">
<meta name="twitter:card" content="summary_large_image">
`
  const sources = p.sources.map(s => `<li>${s.url ? `<a href="${esc(s.url)}">${esc(p.sourceText(s))}</a>` : `${esc(p.sourceText(s))} (no public copy)`}</li>`).join('\n')
  return `${head({ title: `${p.title} · ${deckTitle}`, description, extra: meta })}
<body class="chart-page" data-chart-id="${p.id}" data-steps="${p.steps}">
<main>
<nav class="crumbs"><a href="../../">${esc(deckTitle)}</a> › <a href="../">All charts</a></nav>
<h1>${esc(p.title)}</h1>
${stage(p, figures)}
<p class="checked">Facts checked to ${esc(p.checkedText)}.</p>
<p class="downloads">Download: <a href="${p.id}.svg" type="image/svg+xml">SVG</a> · <a href="${p.id}.png" type="image/png">PNG</a> · <a href="../../data/${p.id}.csv" type="text/csv">CSV</a></p>
<section aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2><ul class="sources">
${sources}
</ul></section>
<section aria-labelledby="h-data"><h2 id="h-data">The data</h2>
${table(p.dataset)}
</section>
<section aria-labelledby="h-cite" class="cite"><h2 id="h-cite">Cite this chart</h2>
<h3>Text</h3>
${copyable('cite-text', p.citeText, { fallback: url })}
<h3>BibTeX</h3>
${copyable('cite-bibtex', p.citeBibtex, { fallback: url })}
</section>
<section aria-labelledby="h-embed" class="embed-code"><h2 id="h-embed">Embed this chart</h2>
<p>Paste this where the chart should go. The frame takes the page's width and its own height.</p>
<label for="embed-snippet" class="sr-only">Embed code</label>
${copyable('embed-snippet', embedSnippet(p, { url, height: embedHeight }), { rows: 5, fallback: url, stepLink: true })}
</section>
</main>
</body>
</html>
`
}

export function embedPage(p, figures, { deckTitle }) {
  return `${head({ title: `${p.title} · ${deckTitle}`, description: p.sourceLine })}
<body class="embed" data-chart-id="${p.id}" data-steps="${p.steps}">
<div class="shot" data-shot>
${stage(p, figures)}
</div>
<p class="back"><a href="./" target="_blank" rel="noopener">${esc(deckTitle)}: this chart, its data and sources</a></p>
</body>
</html>
`
}

export function indexPage(list, { deckTitle }) {
  const items = list.map(p => `<li><a href="${p.id}/">${esc(p.title)}</a> <span class="unit">${esc(p.unit)}</span></li>`).join('\n')
  return `${head({ title: `Charts · ${deckTitle}`, description: `Every chart in “${deckTitle}”, with its data, sources and citation.`, up: '' })}
<body class="chart-index" data-steps="1">
<main>
<nav class="crumbs"><a href="../">${esc(deckTitle)}</a></nav>
<h1>Charts</h1>
<p>Each chart from the talk on its own page, with its data, sources, a citation and the code to embed it.</p>
<ul class="chart-list">
${items}
</ul>
</main>
</body>
</html>
`
}
