import type { NoteParagraph } from '../../lib/reading/notes'

export type BlockKind = 'calculator' | 'bibliography' | 'stepped' | 'static'
export interface ArticleSection {
  no: number
  kicker: string
  kickerText: string
  title: string
  body: { html: string, kind: BlockKind }[]
  paragraphs: NoteParagraph[]
  final: number
}
export interface ParsedSlide { content: string, note?: string, frontmatter?: Record<string, unknown> }
export interface SectionDeps {
  md: (markdown: string) => string
  notes: (html: string | undefined) => NoteParagraph[]
  blocks: (html: string) => string[]
  textOf: (html: string) => string
}
export function markClicks(note: string | undefined): string
export function withoutSlideCode(content: string): string
export function blockKind(html: string): BlockKind
export function slideParts(html: string, blocks: (html: string) => string[]): { kicker: string, title: string, body: string[] }
export function paragraphSteps(paragraphs: NoteParagraph[], clicks: unknown): { final: number, paragraphs: NoteParagraph[] }
export function wordCount(text: string): number
export function actsOf<T extends { kicker: string, kickerText: string }>(sections: T[], opening?: string): { label: string, sections: T[] }[]
export function sectionsOf(slides: ParsedSlide[], deps: SectionDeps): ArticleSection[]
