import { describe, expect, it } from 'vitest'
import { dateFact, displayFact, getFact, MissingFactError, numberFact, numberOrEnd, printedFact, rangeFact, textFact } from './facts'

// Real registry ids, one of each kind: a number, a range, a date, a text.
const NUMBER = 'v3-gpu-count'
const RANGE = 'nvidia-loss-usd'
const TEXT = 'h20-launch'

describe('fact accessors', () => {
  it('reads each kind of value', () => {
    expect(numberFact(NUMBER)).toBe(2048)
    expect(rangeFact(RANGE)).toEqual({ low: 589e9, high: 593e9 })
    expect(numberOrEnd(RANGE, 'low')).toBe(589e9)
    expect(numberOrEnd(RANGE, 'high')).toBe(593e9)
    expect(numberOrEnd(NUMBER, 'high')).toBe(2048)
    expect(textFact(TEXT)).toBe('Q1 2024')
    expect(printedFact(RANGE)).toBe('$589–593B')
  })

  it.each([
    { read: () => numberFact(RANGE), message: /"nvidia-loss-usd" holds the range 589000000000–593000000000, but a number was expected/ },
    { read: () => rangeFact(NUMBER), message: /"v3-gpu-count" holds the number 2048, but a range was expected/ },
    { read: () => dateFact(TEXT), message: /"h20-launch" holds the text "Q1 2024", but an ISO date was expected/ },
    { read: () => textFact(NUMBER), message: /but a text was expected/ },
    { read: () => numberOrEnd(TEXT), message: /but a number or a range was expected/ },
  ])('names the fact and what it holds when the kind is wrong ($message)', ({ read, message }) => {
    expect(read).toThrow(TypeError)
    expect(read).toThrow(message)
  })

  it('throws a MissingFactError naming an unknown id', () => {
    expect(() => getFact('no-such-fact')).toThrow(MissingFactError)
    expect(() => numberFact('no-such-fact')).toThrow(/Unknown fact id "no-such-fact"/)
  })
})

describe('displayFact', () => {
  it('prints a percentage to a whole number for a chart label, and the rest as printedFact does', () => {
    const pct = numberFact('move-nvidia-pct')
    expect(displayFact('move-nvidia-pct')).toBe(`−${Math.round(Math.abs(pct))}%`)
    expect(printedFact('move-nvidia-pct')).not.toBe(displayFact('move-nvidia-pct'))
    expect(displayFact(NUMBER)).toBe(printedFact(NUMBER))
    expect(displayFact(RANGE)).toBe(printedFact(RANGE))
  })
})
