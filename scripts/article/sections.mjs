// The article's sections from the deck's own slides: pure string code, tested in node
// (tests/unit/article-sections.test.ts). Markdown → HTML and the notes' reader rules are passed in
// (markdown-it and lib/reading/notes.ts), so this file stays free of both.

/** Slidev's click marker in notes: `[click]` (one more) or `[click:3]` (that step). */
const CLICK_MARKER = /\[click(?::(\d+))?\]/gi

/**
 * Notes Markdown with each `[click]` marker turned into the span Slidev's own note renderer
 * writes, so lib/reading/notes.ts reads the Markdown source exactly as it reads the built notes.
 */
export function markClicks(note) {
  let step = 0
  return (note ?? '').replace(CLICK_MARKER, (_, n) => {
    step = n ? Number(n) : step + 1
    return `<span class="slidev-note-click-mark" data-clicks="${step}"></span>`
  })
}

/** Drops a slide's `<style>` and `<script>` blocks: they style the 16:9 canvas, not a column of prose. */
export function withoutSlideCode(content) {
  return content.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/g, '')
}

/** A component block the article treats in its own way, by the component it holds. */
export function blockKind(html) {
  if (/<CostCalculator\b/.test(html))
    return 'calculator'
  if (/<Bibliography\b/.test(html))
    return 'bibliography'
  return /\$clicks\b/.test(html) ? 'stepped' : 'static'
}

/**
 * A slide's rendered Markdown split into its kicker (`<p class="kicker">`), its heading (the first
 * `<h1>`, inner HTML) and the rest, block by block. `blocks` is lib/reading/notes.ts topLevelBlocks.
 */
export function slideParts(html, blocks) {
  let kicker = ''
  let title = ''
  const body = []
  for (const block of blocks(html)) {
    const kick = /^<p class="kicker">([\s\S]*)<\/p>$/.exec(block.trim())
    const head = /^<h1\b[^>]*>([\s\S]*)<\/h1>$/.exec(block.trim())
    if (kick && !kicker && !title)
      kicker = kick[1].trim()
    else if (head && !title)
      title = head[1].trim()
    else
      body.push(block)
  }
  return { kicker, title, body }
}

/**
 * The steps a section goes through as its paragraphs are read: the slide's last click, and for
 * each paragraph the step it explains, the last paragraph always bringing the final one (so a
 * chart is complete while its section is still on screen).
 */
export function paragraphSteps(paragraphs, clicks) {
  const final = Math.max(Number(clicks) || 0, 0, ...paragraphs.map(p => p.step))
  return {
    final,
    paragraphs: paragraphs.map((p, i) => ({ ...p, step: i === paragraphs.length - 1 ? final : Math.min(p.step, final) })),
  }
}

/** Words of a text as a reader counts them: runs of letters or digits. */
export function wordCount(text) {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$–-]*/gu) ?? []).length
}

/** Groups sections into acts by their kickers ("Act 3 · Cost and chips"); the first act is "Opening". */
export function actsOf(sections, opening = 'Opening') {
  const acts = []
  for (const section of sections) {
    if (section.kicker || acts.length === 0)
      acts.push({ label: section.kickerText || opening, sections: [] })
    acts.at(-1).sections.push(section)
  }
  return acts
}

/**
 * Every slide the article shows, in deck order, numbered as the deck numbers them (hidden slides
 * left out). `slides`: @slidev/parser's slides; `md(markdown)` → HTML; `notes`: readerNotes.
 */
export function sectionsOf(slides, { md, notes, blocks, textOf }) {
  const shown = slides.filter(s => !s.frontmatter?.hide && !s.frontmatter?.disabled)
  return shown.map((slide, i) => {
    const parts = slideParts(md(withoutSlideCode(slide.content ?? '')), blocks)
    const { final, paragraphs } = paragraphSteps(notes(md(markClicks(slide.note))), slide.frontmatter?.clicks)
    return {
      no: i + 1,
      kicker: parts.kicker,
      kickerText: textOf(parts.kicker),
      title: parts.title,
      body: parts.body.map(html => ({ html, kind: blockKind(html) })),
      paragraphs,
      final,
    }
  })
}
