import { describe, expect, it } from 'vitest'
import { factProblem, factTipLines } from './fact-tip'
import { allFacts } from './facts'
import { sourceNumber } from './sources'

const shown = allFacts.filter(f => f.confidence !== 'unverified')

describe('factProblem', () => {
  it('names an unknown id, an unverified fact and an unknown source', () => {
    expect(factProblem('nope', undefined)).toMatch(/unknown fact id “nope”/)
    const f = shown[0]
    expect(factProblem(f.id, { ...f, confidence: 'unverified' })).toMatch(/unverified/)
    expect(factProblem(f.id, { ...f, sources: ['no-such-source'] })).toMatch(/unknown source “no-such-source”/)
  })

  it('lets every shown registry fact through', () => {
    expect(shown.map(f => factProblem(f.id, f)).filter(Boolean)).toEqual([])
  })
})

describe('factTipLines', () => {
  it('gives one numbered line per source, after any claim', () => {
    for (const f of shown) {
      const lines = factTipLines(f)
      expect(lines.filter(l => l.kind === 'source').map(l => l.text.match(/^\[(\d+)\]/)?.[1])).toEqual(f.sources.map(s => String(sourceNumber(s))))
      expect(lines[0].kind).toBe(f.claimedBy ? 'claim' : 'source')
      expect(lines.filter(l => l.kind === 'variant')).toHaveLength(f.variants?.length ?? 0)
    }
  })
})
