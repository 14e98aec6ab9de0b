import { describe, expect, it } from 'vitest'
import { numberFact, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { censorshipRefusalsChart as chart, censorshipText as text, waffleCells } from './censorship-refusals'

describe('censorship-refusals chart definition', () => {
  it.each([
    { clicks: -1, marks: 0, filled: false },
    { clicks: 0, marks: 0, filled: false },
    { clicks: 1, marks: 2, filled: true },
    { clicks: 999999, marks: 2, filled: true },
  ])('click $clicks: filled $filled, $marks marks', ({ clicks, marks, filled }) => {
    expect(chart.at(clicks).step.filled).toBe(filled)
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
  })

  it('fills one square per percent of the prompts, from the registry', () => {
    const [refused, other] = chart.rows
    expect(refused.share).toBe(numberFact('censorship-refusal-pct'))
    expect(refused.squares).toBe(85)
    expect(refused.squares + other.squares).toBe(100)
    expect(refused.share + other.share).toBe(100)
    expect(text.refused).toBe(printedFact('censorship-refusal-pct'))
    expect(text.prompts).toBe('1,360 prompts')
  })

  it('names who ran the test and when, and cites both facts', () => {
    const prompts = printedFact('censorship-prompt-count')
    // The share is of Promptfoo's own curated set, and title and unit say so.
    expect(chart.dataset.title).toBe(`R1’s refusals on Promptfoo’s own ${prompts}, a curated test set on China-sensitive topics`)
    expect(text.unit).toBe(`${prompts} curated by Promptfoo, not all sensitive questions; Jan 28, 2025; one square = 1%`)
    expect(chart.dataset.title).not.toContain(text.refused)
    expect(chart.dataset.factIds).toEqual(['censorship-refusal-pct', 'censorship-prompt-count'])
  })

  it('lays the squares out row by row', () => {
    const cells = waffleCells(10, 20, 5, 4, 4)
    expect(cells).toHaveLength(100)
    expect(cells[0]).toEqual({ index: 0, x: 4, y: 4 })
    expect(cells[11]).toEqual({ index: 11, x: 29, y: 29 })
    expect(cells[99]).toEqual({ index: 99, x: 229, y: 229 })
    expect(() => waffleCells(0, 20, 5)).toThrow(/positive integer/)
  })

  it('says the result in words only once the squares are filled', () => {
    expect(text.sent).toBe(`Promptfoo sent R1 ${printedFact('censorship-prompt-count')} of its own, on topics sensitive in China.`)
    expect(text.result).toBe('85% got a canned refusal; 15% did not.')
  })

  // 400: the article's width (scripts/article/render.mjs).
  describe.each([880, 400, 360])('layout at width %i', (width) => {
    const l = chart.layout(width)
    const grid = l.cells.at(-1)!.y + l.cell

    it('keeps the grid and the words inside the chart, apart from each other', () => {
      expect(l.cells).toHaveLength(100)
      expect(grid).toBeLessThanOrEqual(l.height)
      expect(l.words.x >= grid || l.words.top >= grid).toBe(true)
      expect(l.words.top + l.y.note + 4).toBeLessThanOrEqual(l.height)
      expect(l.big).toBeGreaterThanOrEqual(16)
    })

    it('fits every line of words inside the viewBox width, each below the one before', () => {
      // [text, font size, x from the words' left, baseline]: as the component draws them.
      const lines: [string, number, number, number][] = [
        [text.prompts, 34, 0, 42],
        ...l.topic.map(t => [t.text, 22, 0, t.y] as [string, number, number, number]),
        [text.refused, l.big, -4, l.y.big],
        [text.what, 22, 0, l.y.what],
        [text.note, 16, 0, l.y.note],
      ]
      expect(l.topic.map(t => t.text).join(' ')).toBe(text.topic)
      for (const [words, size, dx] of lines)
        expect(l.words.x + dx + estimateTextWidth(words, size), words).toBeLessThanOrEqual(width)
      // Each baseline clears the line above by at least the lower line's cap height.
      lines.slice(1).forEach(([, size, , y], i) => expect(y - lines[i][3]).toBeGreaterThanOrEqual(size * 0.75))
    })
  })

  it('puts the words beside the grid on a slide and under it on a phone', () => {
    expect(chart.layout(880).words.top).toBe(0)
    expect(chart.layout(360).words.x).toBe(4)
    expect(chart.layout(360).big).toBeLessThan(chart.layout(880).big)
  })
})
