export interface OutlineEntry { title: string, slide: number, children: OutlineEntry[] }
export interface OutlineSlide { no: number, file: string, raw: string, frontmatter: Record<string, unknown>, hasSlidevTitle?: boolean }
export type FactText = (tag: { id: string | null, text?: string }) => string
export declare const APPENDIX_LABEL: string
export declare function plainText(markdown: string, factText: FactText): string
export declare function headlineOf(raw: string): string | undefined
export declare function kickerOf(raw: string): string | undefined
export declare function outlineFromSlides(slides: readonly OutlineSlide[], factText: FactText): OutlineEntry[]
export declare function deckOutline(root: string): Promise<{ outline: OutlineEntry[], slides: OutlineSlide[] }>
