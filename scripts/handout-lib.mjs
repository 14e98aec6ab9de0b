// Pure helpers for scripts/handout.mjs: speaker notes (Markdown) to safe HTML, and the page.
// Unit-tested in tests/unit/handout-lib.test.ts.

import { escapeHtml } from './html-escape.mjs'

export { escapeHtml }

/** Inline Markdown of notes: click markers, links (text kept), code, strong, emphasis. */
function inline(text) {
  return escapeHtml(text)
    .replace(/\[click(?::(\d+))?\]/g, (_, n) => `<span class="click">click${n ? ` ${n}` : ''}</span>`)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*)[*_](?=[\s.,;:!?)]|$)/g, '$1<em>$2</em>')
}

/**
 * Speaker notes as HTML: paragraphs split on blank lines, `- ` lists, `[click]` markers shown
 * as small badges. Anything else is escaped text; empty notes give an explicit placeholder.
 */
export function notesToHtml(note) {
  const source = (note ?? '').replace(/\r\n/g, '\n').trim()
  if (!source)
    return '<p class="none">No notes.</p>'
  return source.split(/\n{2,}/).map((block) => {
    const lines = block.split('\n')
    if (lines.every(l => /^\s*[-*] /.test(l)))
      return `<ul>${lines.map(l => `<li>${inline(l.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`
    return `<p>${inline(lines.join(' '))}</p>`
  }).join('\n')
}

/**
 * The handout page: one row per slide, the slide picture on the left and its notes beside it.
 * `slides` holds { no, title, image (a data: URL), note }; `checked` is the facts' check label
 * (data/checked.ts), printed under the title.
 */
export function handoutHtml({ title, lang = 'en', slides, checked }) {
  const rows = slides.map(s => `
  <section class="row">
    <figure>
      <img src="${s.image}" alt="Slide ${s.no}: ${escapeHtml(s.title ?? '')}">
      <figcaption>Slide ${s.no}</figcaption>
    </figure>
    <div class="notes">${notesToHtml(s.note)}</div>
  </section>`).join('')
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}: speaker handout</title>
<style>
  @page { size: A4 landscape; margin: 12mm 12mm 14mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 10.5pt/1.45 'IBM Plex Sans', system-ui, sans-serif; color: #1b1f24; }
  h1 { font-size: 15pt; margin: 0 0 1mm; }
  .checked { margin: 0 0 4mm; color: #5f6670; }
  .row { display: grid; grid-template-columns: 118mm 1fr; gap: 6mm; padding: 3mm 0; border-top: 0.3mm solid #d5d9de; break-inside: avoid; }
  figure { margin: 0; }
  img { width: 100%; display: block; border: 0.3mm solid #d5d9de; }
  figcaption { font-size: 9pt; color: #5f6670; margin-top: 1mm; }
  .notes p { margin: 0 0 2mm; }
  .notes ul { margin: 0 0 2mm; padding-left: 5mm; }
  .click { display: inline-block; font-size: 8pt; padding: 0 1.2mm; margin: 0 0.8mm; border: 0.3mm solid #0072b2; color: #0072b2; border-radius: 1mm; }
  .none { color: #5f6670; font-style: italic; }
  code { font-family: 'IBM Plex Mono', monospace; font-size: 9.5pt; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}: speaker handout</h1>
${checked ? `<p class="checked">Facts checked to ${escapeHtml(checked)}</p>` : ''}${rows}
</body>
</html>
`
}
