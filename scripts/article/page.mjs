// The article's HTML page: head (title, description, canonical, og:image), contents by act,
// sections (heading, drawn slide content, notes as paragraphs), the folded bibliography.
import { esc } from '../html-escape.mjs'
import { actsOf } from './sections.mjs'

/** The plain text of a section's heading, for the contents and link labels. */
const plain = (html, textOf) => textOf(html.replace(/<span[^>]*role="tooltip"[\s\S]*?<\/span><\/span>/g, '</span>'))

function contents(sections, textOf) {
  const acts = actsOf(sections).map(act => `<li><span class="toc-act">${esc(act.label)}</span><ol>${act.sections
    .filter(s => s.drawnTitle)
    .map(s => `<li><a href="#slide-${s.no}">${esc(plain(s.drawnTitle, textOf))}</a></li>`)
    .join('')}</ol></li>`)
  return `<nav class="article-toc" aria-label="Contents"><details><summary>Contents</summary><ol>${acts.join('')}</ol></details></nav>`
}

function notes(section) {
  if (!section.paragraphs.length)
    return ''
  const paras = section.paragraphs.map(p => p.html.replace(/^<(p|ul|ol|blockquote)\b/, `<$1 data-step="${p.step}"`))
  return `<div class="article-notes">${paras.join('')}</div>`
}

function sectionHtml(section, textOf) {
  const { no } = section
  const extra = (section.alsoIds ?? []).map(n => `<span id="slide-${n}" class="article-anchor"></span>`).join('')
  const label = section.drawnTitle ? plain(section.drawnTitle, textOf) : `Slide ${no}`
  return `<section class="article-section" id="slide-${no}" data-slide="${no}" aria-label="${esc(label)}">${extra}
<header class="article-head">${section.kicker ? `<p class="kicker">${section.kicker}</p>` : ''}${section.drawnTitle}
<p class="article-links"><a href="#slide-${no}" class="article-no">Slide ${no}</a> <button type="button" class="article-copy" data-target="slide-${no}">Copy link</button> <a href="../#/${no}" data-view="slides">View as slides</a></p></header>
${section.drawnBody}${notes(section)}${section.after ?? ''}</section>`
}

/**
 * The whole page. `meta`: { title, description, lang }; `css`, `script`: inlined text;
 * `fonts`: file names under fonts/ to preload.
 */
export function pageHtml({ meta, sections, css, script, fonts, textOf }) {
  return `<!doctype html>
<html lang="${esc(meta.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}: the article</title>
<meta name="description" content="${esc(meta.description)}">
<link rel="canonical" href="./">
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<meta property="og:title" content="${esc(meta.title)}">
<meta property="og:description" content="${esc(meta.description)}">
<meta property="og:type" content="article">
<meta property="og:image" content="../og-image.png">
<meta name="twitter:card" content="summary_large_image">
<meta name="color-scheme" content="light dark">
${fonts.map(f => `<link rel="preload" href="fonts/${f}" as="font" type="font/woff2" crossorigin>`).join('\n')}
<style>${css}</style>
</head>
<body>
<div class="article-progress" aria-hidden="true"></div>
<a class="skip-link" href="#slide-1">Skip to the article</a>
<main class="reading-view article">
<p class="article-top"><a href="../#/1" data-view="slides">View as slides</a></p>
${contents(sections, textOf)}
${sections.map(s => sectionHtml(s, textOf)).join('\n')}
</main>
<script>${script}</script>
</body>
</html>
`
}
