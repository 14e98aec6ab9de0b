/**
 * The PDF's bookmarks: both the exported PDF (`npm run export`) and the copy the build bundles
 * open on an outline by act (the cover, Act 1 … Act 5, Caveats, After January 2025, Appendix), each slide's
 * headline under its act, pointing at the slide's page (scripts/pdf-outline.mjs). Read with the
 * pdf-lib Slidev's exporter uses.
 */
import type { PdfOutlineEntry } from '../../scripts/pdf-outline.mjs'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { APPENDIX_LABEL, deckOutline, loadPdf, onPages, readOutline } from '../../scripts/pdf-outline.mjs'
import { buildError } from '../browser/built'

const ROOT = resolve(import.meta.dirname, '../..')
const PDF_NAME = 'deepseek-sputnik-moment.pdf'

/** "title → page" lines, children indented, for a readable diff. */
function lines(outline: readonly PdfOutlineEntry[], depth = 0): string[] {
  return outline.flatMap(e => [`${'  '.repeat(depth)}${e.title} → ${e.page}`, ...lines(e.children, depth + 1)])
}

describe('the PDF outline', () => {
  let expected: PdfOutlineEntry[] = []
  beforeAll(async () => {
    const { outline, slides } = await deckOutline(ROOT)
    expected = onPages(outline, new Map(slides.map(s => [s.no, s.no])))
  })

  it('is what the deck says: acts in order, then the appendix, every slide under its act', () => {
    const acts = expected.slice(1).map(e => e.title.replace(/ · .*$/, ''))
    expect(acts).toEqual(['Act 1', 'Act 2', 'Act 3', 'Act 4', 'Act 5', 'Caveats', 'After January 2025', APPENDIX_LABEL])
  })

  it.each([
    ['the exported PDF', () => inject('exportedPdf')],
    ['the PDF the build bundles', () => resolve(inject('deckDist'), PDF_NAME)],
  ])('%s carries it, each bookmark on its slide\'s page', async (_name, path) => {
    expect(await buildError('export'), 'npm run export').toBe('')
    const pdf = await loadPdf(readFileSync(path()))
    const read = readOutline(pdf)
    expect(lines(read)).toEqual(lines(expected))
    expect(pdf.getPageCount()).toBe(Math.max(...lines(expected).map(l => Number(l.split(' → ')[1]))))
  })
})
