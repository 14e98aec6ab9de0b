/**
 * How current the deck's facts are: the date of the last full fact check. The cover or the close,
 * the PDF, the handout, the article and every chart page print it ("Facts checked to December 2026").
 */
export const FACTS_CHECKED = { date: '2026-12-06', label: 'December 2026' } as const
