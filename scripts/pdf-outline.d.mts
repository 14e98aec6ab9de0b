import type { OutlineEntry, OutlineSlide } from './deck-outline.mjs'

export type { FactText, OutlineEntry, OutlineSlide } from './deck-outline.mjs'
export { APPENDIX_LABEL, deckOutline, headlineOf, kickerOf, outlineFromSlides, plainText } from './deck-outline.mjs'
export interface PdfOutlineEntry { title: string, page: number | undefined, children: PdfOutlineEntry[] }
/** A pdf-lib PDFDocument (pdf-lib comes with @slidev/cli; its types are not a dependency here). */
export type Pdf = any
export declare function readOutline(pdf: Pdf): PdfOutlineEntry[]
export declare function writeOutline(pdf: Pdf, outline: readonly PdfOutlineEntry[]): void
export declare function pagesOfSlides(pdf: Pdf, slides: readonly OutlineSlide[]): Map<number, number>
export declare function onPages(outline: readonly OutlineEntry[], pageOf: Map<number, number>): PdfOutlineEntry[]
export declare function addDeckOutline(pdfPath: string, root?: string): Promise<PdfOutlineEntry[]>
export declare function loadPdf(bytes: Uint8Array): Promise<Pdf>
