/**
 * Speaker notes carry the talk: every slide has them (its last HTML comment), each build step
 * has its `[click]` marker, and each act opens with a time budget that adds up to the slot.
 *
 * Clicks: a slide's click count is its `clicks:` frontmatter, or else the number of plain
 * v-click / <v-click> / <v-clicks> items. Its notes' markers must walk 1…N in order
 * (`[click]` is the next step, `[click:3]` jumps to 3) and end on N. A slide that positions its
 * builds (`at=`, `v-click="3"`) must declare `clicks:`.
 *
 * Budgets: the first slide of every file in the talk (all but TIMED_OUT) and every slide with an
 * "Act N" kicker has `Budget: N min.` in its notes (that they add up to exactly the slot is
 * tests/unit/talk-length.test.ts).
 */
import type { DeckSlide } from '../tooling/slides-text'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUDGET, clickMarkers, loadDeck, maskCode, maskComments, noteOf, vClickCount } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')
/** Not part of the 20-minute talk: the appendix and the sources list. */
const TIMED_OUT = ['pages/08-explore.md', 'pages/09-sources.md']

const at = (s: DeckSlide) => `${s.file}:${s.line} (slide ${s.no})`

/** Why a slide's click markers do not match its click count, or null. */
function clickProblem(s: DeckSlide): string | null {
  const declared = s.frontmatter.clicks
  const counted = vClickCount(s.raw)
  if (declared !== undefined && !(Number.isInteger(declared) && (declared as number) >= 0))
    return `${at(s)}: clicks: ${JSON.stringify(declared)} is not a whole number`
  if (declared === undefined && counted === null)
    return `${at(s)}: builds are positioned (at= / v-click="n"): declare clicks: N in the frontmatter`
  const clicks = (declared ?? counted) as number
  const markers = clickMarkers(noteOf(s.raw)?.text ?? '')
  const source = declared !== undefined ? 'clicks: frontmatter' : 'v-click builds'
  const inOrder = markers.every((m, i) => m > (markers[i - 1] ?? 0))
  if (!inOrder || (markers.at(-1) ?? 0) !== clicks)
    return `${at(s)}: ${clicks} click(s) (${source}) but the notes' [click] markers reach ${JSON.stringify(markers)}`
  return null
}

describe('click markers (synthetic slides)', () => {
  const slide = (raw: string, frontmatter: Record<string, unknown> = {}): DeckSlide => ({ no: 1, file: 'x.md', line: 1, raw, frontmatter })
  it.each([
    { raw: '# A\n\n<!--\nSay it.\n-->', fm: {}, ok: true },
    { raw: '# A\n\n<!--\nOne [click] two [click] three\n-->', fm: { clicks: 2 }, ok: true },
    { raw: '# A\n\n<!--\nOne [click] two\n-->', fm: { clicks: 2 }, ok: false },
    { raw: '# A\n\n<!--\nOne [click:2] three\n-->', fm: { clicks: 2 }, ok: true },
    { raw: '<div v-click>a</div>\n<div v-click>b</div>\n\n<!--\nx [click] y [click] z\n-->', fm: {}, ok: true },
    { raw: '<div v-click>a</div>\n\n<!--\nNo markers.\n-->', fm: {}, ok: false },
    { raw: '<div v-click="2">a</div>\n\n<!--\n[click] [click]\n-->', fm: {}, ok: false },
    { raw: '# A\n\n<!--\n[click:2] [click:1]\n-->', fm: { clicks: 2 }, ok: false },
  ])('$raw with $fm → ok: $ok', ({ raw, fm, ok }) => {
    expect(clickProblem(slide(raw, fm)) === null).toBe(ok)
  })
})

describe('speaker notes', () => {
  let slides: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
  })

  it('loads the deck', () => {
    expect(slides.length).toBeGreaterThan(1)
  })

  it('gives every slide notes (its last HTML comment), and no placeholders', () => {
    const problems = slides.flatMap((s) => {
      const note = noteOf(s.raw)?.text ?? ''
      if (!note)
        return [`${at(s)}: no speaker notes (end the slide with <!-- … -->)`]
      return /placeholder/i.test(note) ? [`${at(s)}: placeholder notes: "${note.split('\n')[0]}"`] : []
    })
    expect(problems).toEqual([])
  })

  it('has one [click] marker per click, in order, ending on the slide\'s click count', () => {
    expect(slides.map(clickProblem).filter(Boolean)).toEqual([])
  })

  it('opens every act with "Budget: N min."', () => {
    const files = [...new Set(slides.map(s => s.file))].filter(f => f !== 'slides.md' && !TIMED_OUT.includes(f))
    const firsts = files.map(f => slides.find(s => s.file === f)!)
    const kickers = slides.filter(s => /<p class="kicker">\s*Act \d/.test(maskComments(maskCode(s.raw))))
    const missing = [...new Set([...firsts, ...kickers])]
      .filter(s => !BUDGET.test(noteOf(s.raw)?.text ?? ''))
      .map(s => `${at(s)}: the act's first slide has no "Budget: N min." in its notes`)
    expect(missing).toEqual([])
  })
})
