/**
 * The PDF's bookmarks (scripts/pdf-outline.mjs): the cover, then one entry per act, labelled by
 * its kicker ("Act 1 · The Sputnik moment" … "Caveats", "After January 2025") and one for the appendix, each
 * holding its slides' headlines with their figures printed. Checked here on the real deck's
 * slides and on a PDF made in memory; tests/export/pdf-outline.test.ts reads the exported PDF.
 */
import type { OutlineEntry, OutlineSlide } from '../../scripts/pdf-outline.mjs'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDeckOutline, APPENDIX_LABEL, deckOutline, headlineOf, kickerOf, loadPdf, outlineFromSlides, pagesOfSlides, plainText, readOutline, writeOutline } from '../../scripts/pdf-outline.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)
const { PDFDocument } = createRequire(require.resolve('@slidev/cli/package.json'))('pdf-lib')

async function blankPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < pages; i++)
    pdf.addPage([735, 413])
  return pdf.save()
}

const slide = (no: number, file: string, raw: string, frontmatter: Record<string, unknown> = {}): OutlineSlide => ({ no, file, raw, frontmatter })
const factText = ({ id, text }: { id: string | null, text?: string }) => text ?? `[${id}]`

const SLIDES: OutlineSlide[] = [
  slide(1, 'slides.md', '# The *cover*\n\n## sub'),
  slide(2, 'pages/01-a.md', '<p class="kicker">Act 1 · The start</p>\n\n# Nvidia lost <Fact id="x" text="$590B" />\n\n<!--\n# not a title\n-->'),
  slide(3, 'pages/01-a.md', '---\nclicks: 2\n---\n\n# Second <Term id="h800">H800</Term> slide'),
  slide(4, 'pages/02-market-fallout.md', '# No kicker here <Fact id="y" />'),
  slide(5, 'pages/08-explore.md', '<p class="kicker">Appendix</p>\n\n# Extra', { appendix: true }),
  slide(6, 'pages/09-sources.md', '# Bibliography'),
]

describe('the outline of a deck (synthetic slides)', () => {
  it('reads headlines and kickers as the reader sees them', () => {
    expect(plainText(headlineOf(SLIDES[1].raw)!, factText)).toBe('Nvidia lost $590B')
    expect(plainText(headlineOf(SLIDES[2].raw)!, factText)).toBe('Second H800 slide')
    expect(kickerOf(SLIDES[1].raw)).toBe('Act 1 · The start')
    expect(kickerOf(SLIDES[2].raw)).toBeUndefined()
  })

  it('groups slides by act, then the appendix, with the cover on top', () => {
    const outline = outlineFromSlides(SLIDES, factText)
    const shape = (e: OutlineEntry): unknown => [e.title, e.slide, e.children.map(shape)]
    expect(outline.map(shape)).toEqual([
      ['The cover', 1, []],
      ['Act 1 · The start', 2, [['Nvidia lost $590B', 2, []], ['Second H800 slide', 3, []]]],
      ['Market fallout', 4, [['No kicker here [y]', 4, []]]],
      [APPENDIX_LABEL, 5, [['Extra', 5, []], ['Bibliography', 6, []]]],
    ])
  })
})

describe('writing and reading a PDF outline', () => {
  const work = mkdtempSync(join(tmpdir(), 'pdf-outline-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('round-trips titles (typographic quotes, accents) and pages, nested', async () => {
    const pdf = await loadPdf(await blankPdf(4))
    const outline = [
      { title: 'The DeepSeek “Sputnik moment”', page: 1, children: [] },
      { title: 'Act 1 · Café ’s', page: 2, children: [{ title: 'A', page: 2, children: [] }, { title: 'B', page: 3, children: [] }] },
      { title: 'Appendix', page: 4, children: [{ title: 'C', page: 4, children: [] }] },
    ]
    writeOutline(pdf, outline)
    const again = await loadPdf(await pdf.save())
    expect(readOutline(again)).toEqual(outline)
  })

  it('maps slides to pages one to one, or through Slidev\'s flat outline when clicks add pages', async () => {
    const slides = SLIDES.map(s => ({ ...s, hasSlidevTitle: true }))
    expect([...pagesOfSlides(await loadPdf(await blankPdf(6)), slides)]).toEqual(slides.map(s => [s.no, s.no]))
    // With clicks: slide 3 takes pages 3–5, so slides 4–6 are pages 6–8. Slidev's outline points
    // at each slide's last page.
    const withClicks = await loadPdf(await blankPdf(8))
    writeOutline(withClicks, [1, 2, 5, 6, 7, 8].map((page, i) => ({ title: `s${i + 1}`, page, children: [] })))
    expect([...pagesOfSlides(withClicks, slides).values()]).toEqual([1, 2, 3, 6, 7, 8])
    expect(() => pagesOfSlides(withClicks, slides.slice(1))).toThrow(/no outline to map them/)
  })
})

describe('the deck\'s own outline', () => {
  let outline: OutlineEntry[] = []
  let slideCount = 0
  beforeAll(async () => {
    const deck = await deckOutline(ROOT)
    outline = deck.outline
    slideCount = deck.slides.length
  })

  it('has the cover, the five acts, Caveats, After January 2025 and the Appendix, in that order', () => {
    const labels = outline.map(e => e.title)
    expect(labels[0]).toMatch(/Sputnik/)
    expect(labels.slice(1).map(l => l.replace(/ · .*$/, ''))).toEqual(['Act 1', 'Act 2', 'Act 3', 'Act 4', 'Act 5', 'Caveats', 'After January 2025', APPENDIX_LABEL])
  })

  it('lists every slide once, in order, under its act, by its headline with figures printed', () => {
    const slides = outline.flatMap(e => e.children.length ? e.children : [e])
    expect(slides.map(s => s.slide)).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1))
    const raw = slides.filter(s => /[<>{}]|\bid=/.test(s.title)).map(s => `${s.slide}: ${s.title}`)
    expect(raw, 'titles with markup left in').toEqual([])
    expect(slides.filter(s => s.title.trim() === '' || /^Slide \d+$/.test(s.title)).map(s => s.slide), 'slides without a headline').toEqual([])
  })

  it('writes it into a PDF with one page per slide (as the export does)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pdf-outline-deck-'))
    try {
      const file = join(work, 'deck.pdf')
      writeFileSync(file, await blankPdf(slideCount))
      await addDeckOutline(file, ROOT)
      const read = readOutline(await loadPdf(readFileSync(file)))
      expect(read.map(e => e.title)).toEqual(outline.map(e => e.title))
      expect(read.flatMap(e => e.children.length ? e.children.map(c => c.page) : [e.page])).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1))
    }
    finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
