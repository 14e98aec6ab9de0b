// The PDF's bookmarks (outline), by act: the cover, then "Act 1 · The Sputnik moment" … "Act 5 ·
// Market fallout", "Caveats", "After January 2025" and "Appendix", each holding its slides' headlines.
// scripts/export.mjs adds them to the PDF it writes and scripts/build.mjs to the PDF the site
// bundles, after Slidev has rendered it (Slidev's own `--with-toc` knows nothing of acts and
// prints headlines with their raw <Fact> tags).
//
// The outline by act comes from scripts/deck-outline.mjs (re-exported here); this file reads
// and writes a PDF's outline with pdf-lib and maps slides onto pages.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { deckOutline } from './deck-outline.mjs'

export { APPENDIX_LABEL, deckOutline, headlineOf, kickerOf, outlineFromSlides, plainText } from './deck-outline.mjs'

// pdf-lib comes with Slidev's exporter; resolve it from there, not from a hoisting accident.
const require = createRequire(import.meta.url)
const pdfLib = createRequire(require.resolve('@slidev/cli/package.json'))('pdf-lib')
const { PDFArray, PDFDict, PDFHexString, PDFName, PDFDocument } = pdfLib

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
