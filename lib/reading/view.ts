/**
 * Which view a reader lands in, and the reading view's paths. Pure: the router guard
 * (setup/routes.ts) passes in the window width, the stored choice and the print flag.
 *
 * Phones get the article: a first visit to the site root or to a slide (`#/`, `#/1`, `#/12`) on
 * a screen narrower than 640 CSS px opens the reading view at that slide, unless the reader chose
 * "View as slides" before (kept in localStorage; "Read as article" clears it). Wider screens are
 * never redirected, so a presenter's audience window never lands in the article by surprise.
 */

export type ViewChoice = 'read' | 'slides'

/** localStorage key of the reader's choice. */
export const VIEW_CHOICE_KEY = 'deck-view'

/** Narrower than this (CSS px), the site opens as an article. */
export const NARROW_WIDTH = 640

export function parseViewChoice(value: unknown): ViewChoice | null {
  return value === 'read' || value === 'slides' ? value : null
}

/** `#/read` for the top (slide 1 is the article's header), `#/read/<n>` for slide n. */
export function readPath(no?: number): string {
  return no && no > 1 ? `/read/${no}` : '/read'
}

/** The slide a reading-view path points at (1 for the top), or null for another path. */
export function slideOfReadPath(path: string): number | null {
  const match = /^\/read(?:\/(\d+))?\/?$/.exec(path)
  if (!match)
    return null
  const no = Number(match[1] ?? 1)
  return no >= 1 ? no : 1
}

export interface LandingContext {
  /** window.innerWidth, CSS px. */
  width: number
  choice: ViewChoice | null
  /** Print, export or embedded: never redirect. */
  locked: boolean
}

/**
 * Where a first navigation to a play path ('', '/', '/<n>') should go instead, or null to stay.
 */
export function landingRedirect(path: string, context: LandingContext): string | null {
  if (context.locked)
    return null
  if (context.choice === 'slides' || context.width >= NARROW_WIDTH)
    return null
  if (path === '' || path === '/')
    return readPath()
  const match = /^\/(\d+)\/?$/.exec(path)
  return match ? readPath(Number(match[1])) : null
}
