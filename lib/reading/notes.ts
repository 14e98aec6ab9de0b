/**
 * Speaker notes as the reading view's text. Slidev renders each slide's notes to HTML
 * (`noteHTML`: markdown-it paragraphs, each `[click]` marker turned into
 * `<span class="slidev-note-click-mark" data-clicks="N">`); the built site keeps only that HTML,
 * so this works on it rather than on the Markdown. Pure string code, tested in Node.
 *
 * What the reader does not get:
 *   - a paragraph that starts with `[presenter]` (the marker for words only the presenter needs:
 *     a welcome, "reference slide, not presented", stage directions);
 *   - any line that starts with `Budget:` (the act's time budget, which the notes test requires).
 */

/** A paragraph (or list) of the notes and the build step it explains. */
export interface NoteParagraph {
  /** Clicks reached by the end of this block: 0 before the first `[click]` marker. */
  step: number
  /** The block's HTML, click marks removed. */
  html: string
}

/** Starts a paragraph the reading view leaves out. Case-insensitive. */
export const PRESENTER_MARKER = '[presenter]'

const CLICK_MARK = /<span class="slidev-note-click-mark" data-clicks="(\d+)"><\/span>\s*/g
const BUDGET_LINE = /^\s*Budget:/i

/**
 * The top-level elements of an HTML fragment, in order (text between them is dropped).
 * Counts nested tags of the same name, so `<ul><li><ul>…</ul></li></ul>` stays one block.
 */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = []
  let i = 0
  while (i < html.length) {
    const open = /<([a-z][a-z0-9]*)\b[^>]*>/gi
    open.lastIndex = i
    const first = open.exec(html)
    if (!first)
      break
    const name = first[1].toLowerCase()
    const start = first.index
    // Void or self-closed elements are blocks of their own.
    if (first[0].endsWith('/>') || ['hr', 'br', 'img'].includes(name)) {
      blocks.push(first[0])
      i = start + first[0].length
      continue
    }
    const tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi')
    tag.lastIndex = start + first[0].length
    let depth = 1
    let end = html.length
    for (let m = tag.exec(html); m; m = tag.exec(html)) {
      depth += m[1] ? -1 : 1
      if (depth === 0) {
        end = m.index + m[0].length
        break
      }
    }
    blocks.push(html.slice(start, end))
    i = end
  }
  return blocks
}

/** Visible text of an HTML fragment: tags removed, whitespace collapsed, common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/** True when a block is for the presenter only: it starts with the marker. */
export function isPresenterOnly(blockHtml: string): boolean {
  return textOf(blockHtml).toLowerCase().startsWith(PRESENTER_MARKER)
}

/** Drops `Budget:` lines; markdown-it keeps a paragraph's source line breaks as "\n". */
function withoutBudgetLines(blockHtml: string): string {
  const inner = /^(<p\b[^>]*>)([\s\S]*)(<\/p>)$/.exec(blockHtml.trim())
  if (!inner)
    return BUDGET_LINE.test(textOf(blockHtml)) ? '' : blockHtml
  const lines = inner[2].split('\n').filter(line => !BUDGET_LINE.test(textOf(line)))
  return lines.some(line => textOf(line)) ? `${inner[1]}${lines.join('\n')}${inner[3]}` : ''
}

/**
 * The reader's paragraphs from Slidev's rendered notes: each top-level block with the step it
 * explains (the last click marker at or before its end), presenter-only blocks and budget lines
 * left out. Steps count every marker, kept or not, so they match the slide's clicks.
 */
export function readerNotes(noteHtml: string | undefined): NoteParagraph[] {
  const out: NoteParagraph[] = []
  let step = 0
  for (const block of topLevelBlocks(noteHtml ?? '')) {
    for (const m of block.matchAll(CLICK_MARK))
      step = Math.max(step, Number(m[1]))
    const html = withoutBudgetLines(block.replace(CLICK_MARK, ''))
    if (!html || !textOf(html) || isPresenterOnly(html))
      continue
    out.push({ step, html })
  }
  return out
}
