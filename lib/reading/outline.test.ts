import { describe, expect, it } from 'vitest'
import { groupActs, plainTitle } from './outline'

const printFact = (id: string) => ({ 'v3-cost': '$5.576M', 'rank': '14' } as Record<string, string>)[id] ?? `?${id}`

describe('plainTitle', () => {
  it.each([
    { raw: 'Plain words', out: 'Plain words' },
    { raw: 'DeepSeek’s <Fact id="v3-cost" /> paid for one run', out: 'DeepSeek’s $5.576M paid for one run' },
    { raw: 'Nvidia lost <Fact id="x" text="about $590B" /> in a day', out: 'Nvidia lost about $590B in a day' },
    { raw: 'The <Term id="h800">H800</Term> is an H100', out: 'The H800 is an H100' },
    { raw: 'No. <Fact id="rank"/> on **Google Play**', out: 'No. 14 on Google Play' },
    { raw: 'A <span class="x">tagged</span> and *emphasised* title', out: 'A tagged and emphasised title' },
  ])('$raw', ({ raw, out }) => {
    expect(plainTitle(raw, printFact)).toBe(out)
  })
})

describe('groupActs', () => {
  it('starts an act at each kicker; slides before the first go under the opening', () => {
    const acts = groupActs([
      { no: 2, title: 'a', kicker: 'Act 1 · One' },
      { no: 3, title: 'b' },
      { no: 4, title: 'c', kicker: 'Act 2 · Two' },
    ])
    expect(acts.map(a => [a.label, a.slides.map(s => s.no)])).toEqual([['Act 1 · One', [2, 3]], ['Act 2 · Two', [4]]])
    expect(groupActs([{ no: 2, title: 'x' }]).map(a => a.label)).toEqual(['Opening'])
    expect(groupActs([])).toEqual([])
  })
})
