// The deck's outline, by act, read from the slides: the cover's slides, then one entry per act
// (a file of pages/, labelled by the kicker on its first slide) holding its slides' headlines, and
// "Appendix" from the first slide whose frontmatter says `appendix: true`. Headlines print their
// figures as the slides do (<Fact> through the registry), tags dropped. scripts/pdf-outline.mjs
// writes it into the PDF.
import { basename, resolve } from 'node:path'

/** The label of the bookmark holding the appendix's slides. */
export const APPENDIX_LABEL = 'Appendix'

const TAG = /<\/?[A-Z][\w.:-]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/gi

function attr(tag, name) {
  const m = tag.match(new RegExp(`(?<![:@\\w-])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`))
  return m ? (m[1] ?? m[2]) : undefined
}

/** Markdown → the words a reader sees: each <Fact> as `factText`, other tags and emphasis dropped. */
export function plainText(markdown, factText) {
  return markdown
    .replace(/<Fact\b[^>]*?\/?>/g, tag => factText({ id: attr(tag, 'id') ?? null, text: attr(tag, 'text') }))
    .replace(TAG, '')
    .replace(/\*+|__|`/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The slide's content without its frontmatter and HTML comments (notes). */
function body(raw) {
  return raw
    .replace(/^\s*---\n[\s\S]*?\n---(?=\n|$)/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
}

/** The slide's first `# ` headline (or <h1>), as markdown; undefined when it has none. */
export function headlineOf(raw) {
  const text = body(raw)
  return /^#[ \t]+(.+)$/m.exec(text)?.[1] ?? /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/.exec(text)?.[1]
}

/** The act kicker's text ("Act 3 · Cost and chips"), as markdown; undefined when the slide has none. */
export function kickerOf(raw) {
  return /<p\b[^>]*\bclass="[^"]*\bkicker\b[^"]*"[^>]*>([\s\S]*?)<\/p\s*>/.exec(body(raw))?.[1]
}

/** "pages/03-cost-and-chips.md" → "Cost and chips", for an act whose first slide has no kicker. */
function labelFromFile(file) {
  const name = basename(file, '.md').replace(/^\d+-/, '').replace(/-/g, ' ')
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * The outline of a deck: `slides` in order ({ no, file, raw, frontmatter }, as
 * tests/tooling/slides-text.ts loads them). The slides of slides.md itself (the cover) are
 * top-level entries; every other run of slides from one file is an act; the appendix is one
 * entry from its first slide on. Each entry: { title, slide (1-based), children }.
 */
export function outlineFromSlides(slides, factText) {
  const title = s => plainText(headlineOf(s.raw) ?? `Slide ${s.no}`, factText)
  const outline = []
  let group
  let inAppendix = false
  for (const s of slides) {
    if (s.frontmatter?.appendix === true && !inAppendix) {
      inAppendix = true
      group = { title: APPENDIX_LABEL, slide: s.no, children: [], file: null }
      outline.push(group)
    }
    if (!inAppendix && !s.file.startsWith('pages/')) {
      group = undefined
      outline.push({ title: title(s), slide: s.no, children: [] })
      continue
    }
    if (!inAppendix && group?.file !== s.file) {
      const kicker = kickerOf(s.raw)
      group = { title: kicker ? plainText(kicker, factText) : labelFromFile(s.file), slide: s.no, children: [], file: s.file }
      outline.push(group)
    }
    group.children.push({ title: title(s), slide: s.no, children: [] })
  }
  return outline.map(({ file: _file, ...entry }) => entry)
}

/** The deck's outline, read from `<root>/slides.md` with Slidev's parser, figures from the registry. */
export async function deckOutline(root) {
  const { load } = await import('@slidev/parser/fs')
  const { createJiti } = await import('jiti')
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  const { findFact } = await jiti.import(resolve(root, 'lib/facts.ts'))
  const { formatValue } = await jiti.import(resolve(root, 'lib/format.ts'))
  const factText = ({ id, text }) => {
    if (text !== undefined)
      return text
    const fact = id ? findFact(id) : undefined
    return fact ? formatValue(fact.value, fact.format) : ''
  }
  const base = root.replace(/\/+$/, '')
  const data = await load({ roots: [base], userRoot: base }, `${base}/slides.md`)
  const slides = data.slides.map((s, i) => ({
    no: i + 1,
    file: s.source.filepath.startsWith(`${base}/`) ? s.source.filepath.slice(base.length + 1) : s.source.filepath,
    raw: s.source.raw.replace(/\r\n?/g, '\n'),
    frontmatter: s.frontmatter ?? {},
    hasSlidevTitle: Boolean(s.title),
  }))
  return { outline: outlineFromSlides(slides, factText), slides }
}
