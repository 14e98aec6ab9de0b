/**
 * The talk fits its slot (issue 15): twenty minutes, said at a presenter's pace.
 *
 * SLIDES. At most MAX_TALK_SLIDES slides before the appendix (cover included) and at most
 * MAX_APPENDIX_SLIDES in it; the appendix starts at the first `appendix: true` slide.
 *
 * NOTE WORDS. The speaker notes of the talk's slides hold at most MAX_NOTE_WORDS words in all:
 * SLOT_MINUTES at WORDS_PER_MINUTE. What counts is what is said aloud, so every paragraph counts,
 * `[presenter]` ones too (the reading view hides them, the presenter still says them); the
 * `[click]` and `[presenter]` markers and the "Budget: N min." lines are cues and do not.
 * Appendix notes are for questions afterwards and are not counted.
 *
 * BUDGETS. The "Budget: N min." lines across the deck add up to exactly the slot, 20:00.
 */
import type { DeckSlide } from '../tooling/slides-text'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUDGET, loadDeck, noteOf, splitDeck, spokenWords } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')

const SLOT_MINUTES = 20
const WORDS_PER_MINUTE = 140
const MAX_NOTE_WORDS = SLOT_MINUTES * WORDS_PER_MINUTE
const MAX_TALK_SLIDES = 22
const MAX_APPENDIX_SLIDES = 8

const noteText = (s: DeckSlide) => noteOf(s.raw)?.text ?? ''
const at = (s: DeckSlide) => `slide ${s.no} (${s.file}:${s.line})`
/** A budget in whole seconds, so 2.5 + 1.5 sums without floating-point drift. */
const budgetSeconds = (s: DeckSlide) => Math.round(Number(BUDGET.exec(noteText(s))?.[1] ?? 0) * 60)
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`

describe('counting spoken words (synthetic notes)', () => {
  it('counts [presenter] paragraphs but not the markers or the budget line', () => {
    expect(spokenWords('Budget: 2.5 min.\n\n[presenter] Welcome, all.\n\nOne two [click] three.')).toBe(5)
  })

  it('does not count [click:N] jumps', () => {
    expect(spokenWords('[click:2] Now the fall.')).toBe(3)
  })
})

describe(`the talk fits ${SLOT_MINUTES} minutes`, () => {
  let slides: DeckSlide[] = []
  let talk: DeckSlide[] = []
  let appendix: DeckSlide[] = []
  beforeAll(async () => {
    slides = await loadDeck(ROOT)
    ;({ talk, appendix } = splitDeck(slides))
  })

  it(`has at most ${MAX_TALK_SLIDES} talk slides and ${MAX_APPENDIX_SLIDES} appendix slides`, () => {
    expect(appendix.length, 'no appendix: mark its first slide `appendix: true`').toBeGreaterThan(0)
    expect(talk.length, `talk slides: ${talk.map(at).join('; ')}`).toBeLessThanOrEqual(MAX_TALK_SLIDES)
    expect(appendix.length, `appendix slides: ${appendix.map(at).join('; ')}`).toBeLessThanOrEqual(MAX_APPENDIX_SLIDES)
  })

  it(`keeps the talk's notes to ${MAX_NOTE_WORDS} spoken words (${WORDS_PER_MINUTE} a minute)`, () => {
    const perSlide = talk.map(s => ({ s, words: spokenWords(noteText(s)) }))
    const total = perSlide.reduce((sum, x) => sum + x.words, 0)
    const longest = [...perSlide].sort((a, b) => b.words - a.words).slice(0, 5).map(x => `${at(x.s)}: ${x.words}`).join('; ')
    expect(total, `${total} words of notes; longest: ${longest}`).toBeLessThanOrEqual(MAX_NOTE_WORDS)
    expect(total, 'no notes found on the talk slides').toBeGreaterThan(0)
  })

  it(`gives budgets that add up to exactly ${SLOT_MINUTES}:00`, () => {
    const budgets = slides.filter(s => BUDGET.test(noteText(s)))
    const total = budgets.reduce((sum, s) => sum + budgetSeconds(s), 0)
    const list = budgets.map(s => `${at(s)}: ${clock(budgetSeconds(s))}`).join('\n')
    expect(clock(total), `budgets:\n${list}`).toBe(clock(SLOT_MINUTES * 60))
    expect(budgets.filter(s => appendix.includes(s)).map(at), 'budgets in the appendix (it is not timed)').toEqual([])
  })
})
