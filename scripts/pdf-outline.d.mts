export interface OutlineEntry { title: string, slide: number, children: OutlineEntry[] }
export interface PdfOutlineEntry { title: string, page: number | undefined, children: PdfOutlineEntry[] }
export interface OutlineSlide { no: number, file: string, raw: string, frontmatter: Record<string, unknown>, hasSlidevTitle?: boolean }
export type FactText = (tag: { id: string | null, text?: string }) => string
/** A pdf-lib PDFDocument (pdf-lib comes with @slidev/cli; its types are not a dependency here). */
export type Pdf = any
export declare const APPENDIX_LABEL: string
export declare function plainText(markdown: string, factText: FactText): string
export declare function headlineOf(raw: string): string | undefined
export declare function kickerOf(raw: string): string | undefined
export declare function outlineFromSlides(slides: readonly OutlineSlide[], factText: FactText): OutlineEntry[]
export declare function deckOutline(root: string): Promise<{ outline: OutlineEntry[], slides: OutlineSlide[] }>
export declare function readOutline(pdf: Pdf): PdfOutlineEntry[]
export declare function writeOutline(pdf: Pdf, outline: readonly PdfOutlineEntry[]): void
export declare function pagesOfSlides(pdf: Pdf, slides: readonly OutlineSlide[]): Map<number, number>
export declare function onPages(outline: readonly OutlineEntry[], pageOf: Map<number, number>): PdfOutlineEntry[]
export declare function addDeckOutline(pdfPath: string, root?: string): Promise<PdfOutlineEntry[]>
export declare function loadPdf(bytes: Uint8Array): Promise<Pdf>
