// The PDF's bookmarks (outline), by act: the cover, then "Act 1 · The Sputnik moment" … "Act 5 ·
// Market fallout", "Caveats", "After January 2025" and "Appendix", each holding its slides' headlines.
// scripts/export.mjs adds them to the PDF it writes and scripts/build.mjs to the PDF the site
// bundles, after Slidev has rendered it (Slidev's own `--with-toc` knows nothing of acts and
// prints headlines with their raw <Fact> tags).
//
// An act is a file of pages/ (its label is the kicker on its first slide); the appendix starts
// at the first slide whose frontmatter says `appendix: true`. Headlines print their figures as
// the slides do (<Fact> through the registry), tags dropped.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, resolve } from 'node:path'

// pdf-lib comes with Slidev's exporter; resolve it from there, not from a hoisting accident.
const require = createRequire(import.meta.url)
const pdfLib = createRequire(require.resolve('@slidev/cli/package.json'))('pdf-lib')
const { PDFArray, PDFDict, PDFHexString, PDFName, PDFDocument } = pdfLib

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

/** The outline of a loaded PDF: [{ title, page (1-based), children }]; [] when it has none. */
export function readOutline(pdf) {
  const pageNo = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]))
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const seen = new Set()
  function dest(item) {
    let d = item.lookup(PDFName.of('Dest'))
    if (!d) {
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict)
      d = action?.lookup(PDFName.of('D'))
    }
    return d instanceof PDFArray ? pageNo.get(d.get(0)?.toString()) : undefined
  }
  function walk(ref) {
    const items = []
    while (ref && !seen.has(ref.toString())) {
      seen.add(ref.toString())
      const item = pdf.context.lookup(ref, PDFDict)
      items.push({
        title: item.lookup(PDFName.of('Title'))?.decodeText() ?? '',
        page: dest(item),
        children: walk(item.get(PDFName.of('First'))),
      })
      ref = item.get(PDFName.of('Next'))
    }
    return items
  }
  return root ? walk(root.get(PDFName.of('First'))) : []
}

/** Replaces the PDF's outline with `outline` ([{ title, page, children }]), open at every level. */
export function writeOutline(pdf, outline) {
  const ctx = pdf.context
  const pages = pdf.getPages()
  const rootRef = ctx.nextRef()
  function build(items, parentRef) {
    const refs = items.map(() => ctx.nextRef())
    let visible = 0
    items.forEach((item, i) => {
      const page = pages[item.page - 1]
      if (!page)
        throw new RangeError(`outline: “${item.title}” points at page ${item.page}, the PDF has ${pages.length}`)
      const entry = { Title: PDFHexString.fromText(item.title), Parent: parentRef, Dest: [page.ref, 'Fit'] }
      if (i > 0)
        entry.Prev = refs[i - 1]
      if (i < refs.length - 1)
        entry.Next = refs[i + 1]
      if (item.children?.length) {
        const sub = build(item.children, refs[i])
        Object.assign(entry, { First: sub.first, Last: sub.last, Count: sub.visible })
        visible += sub.visible
      }
      ctx.assign(refs[i], ctx.obj(entry))
      visible += 1
    })
    return { first: refs[0], last: refs.at(-1), visible }
  }
  const top = build(outline, rootRef)
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }))
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/**
 * The first page of each slide, 1-based, by slide number. One page per slide maps straight
 * across. An export with clicks (more pages) is mapped through the flat outline Slidev's
 * `--with-toc` wrote, one entry per slide with a title: Slidev points each entry at the slide's
 * last page (its cumulative page count), so a slide starts one page after the previous one ends.
 */
export function pagesOfSlides(pdf, slides) {
  const count = pdf.getPageCount()
  if (count === slides.length)
    return new Map(slides.map(s => [s.no, s.no]))
  const flat = readOutline(pdf).flatMap(function all(e) {
    return [e, ...e.children.flatMap(all)]
  })
  const titled = slides.filter(s => s.hasSlidevTitle !== false)
  if (flat.length !== titled.length || flat.some(e => !e.page))
    throw new Error(`pdf-outline: ${count} pages for ${slides.length} slides, and no outline to map them (run the export with --with-toc)`)
  const lastPage = new Map(titled.map((s, i) => [s.no, flat[i].page]))
  return new Map(titled.map(s => [s.no, lastPage.has(s.no - 1) ? lastPage.get(s.no - 1) + 1 : s.no === 1 ? 1 : lastPage.get(s.no)]))
}

/** Maps an outline by slide number onto pages. */
export function onPages(outline, pageOf) {
  return outline.map(e => ({ title: e.title, page: pageOf.get(e.slide), children: onPages(e.children, pageOf) }))
}

/** Adds the deck's outline to the PDF at `pdfPath`, in place. Returns the outline written. */
export async function addDeckOutline(pdfPath, root = process.cwd()) {
  const { outline, slides } = await deckOutline(root)
  const pdf = await PDFDocument.load(await readFile(pdfPath), { updateMetadata: false })
  const onPdf = onPages(outline, pagesOfSlides(pdf, slides))
  writeOutline(pdf, onPdf)
  await writeFile(pdfPath, await pdf.save())
  return onPdf
}

/** Loads a PDF with the same pdf-lib the exporter uses (for tests). */
export async function loadPdf(bytes) {
  return PDFDocument.load(bytes, { updateMetadata: false })
}
