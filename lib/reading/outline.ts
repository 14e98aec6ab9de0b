/**
 * The reading view's outline: plain-text slide titles for the contents and link titles, and
 * slides grouped into acts by their kickers. Pure string code, tested in Node.
 */

/**
 * A slide title as Slidev keeps it (the raw text of its `# ` line) in plain words: `<Fact>`
 * becomes its `text` or the printed value, `<Term>` its word, other tags and Markdown emphasis go.
 * `printFact` prints a fact id the way the deck does (lib/facts `printedFact`).
 */
export function plainTitle(raw: string, printFact: (id: string) => string): string {
  return raw
    .replace(/<Fact\b([^>]*?)\/?>(?:<\/Fact>)?/g, (_, attrs: string) => {
      const text = /\btext="([^"]*)"/.exec(attrs)?.[1]
      const id = /\bid="([^"]*)"/.exec(attrs)?.[1]
      return text ?? (id ? printFact(id) : '')
    })
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_](\S(?:.*?\S)?)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface OutlineSlide {
  no: number
  title: string
  /** The slide's kicker ("Act 3 · Cost and chips"), when it has one: it opens a new act. */
  kicker?: string
}

export interface OutlineAct {
  /** The kicker's words, or "Opening" for the slides before the first kicker. */
  label: string
  slides: OutlineSlide[]
}

/** Slides in order, grouped into acts: each kicker starts one; later slides belong to it. */
export function groupActs(slides: readonly OutlineSlide[], opening = 'Opening'): OutlineAct[] {
  const acts: OutlineAct[] = []
  for (const slide of slides) {
    if (slide.kicker || acts.length === 0)
      acts.push({ label: slide.kicker?.trim() || opening, slides: [] })
    acts.at(-1)!.slides.push(slide)
  }
  return acts
}
