import type { TimelineData, TimelineEvent } from './types'
import { describe, expect, it } from 'vitest'
import { timelineRows } from './rows'

/** An event in the "US rules" lane, its label its id. */
function rule(id: string, date: string, step: number, detail?: string): TimelineEvent {
  return { id, lane: 'rules', date, label: id, step, ...(detail ? { detail } : {}) }
}

const data: TimelineData = {
  domain: ['2022-01-01', '2025-01-01'],
  steps: 3,
  lanes: [{ id: 'rules', label: 'US rules', kind: 'events' }, { id: 'chips', label: 'Chips', kind: 'bands' }],
  events: [rule('a', '2022-10-07', 0), rule('b', '2022-10-20', 1), rule('c', '2024-12', 2, 'c, in more words')],
  bands: [
    { id: 'sold', lane: 'chips', start: null, end: '2022-10-07', status: 'allowed', label: 'sold', step: 0 },
    { id: 'a', lane: 'chips', start: '2022-10-07', end: '2024-06-01', status: 'licence', label: 'licence', step: 0 },
    { id: 'later', lane: 'chips', start: '2024-06-01', end: null, status: 'promised', label: 'promised', detail: 'promised, in more words', step: 2 },
  ],
}

describe('timelineRows', () => {
  it('lists events and periods in date order, periods open at the start first', () => {
    expect(timelineRows(data).map(r => r.date)).toEqual(['', '2022-10-07', '2022-10-07', '2022-10-20', '2024-06-01', '2024-12'])
  })

  it.each([
    { kind: 'band', id: 'sold', row: { date: '', until: '2022-10-07', lane: 'Chips', what: 'could be sold to China', step: 0 } },
    { kind: 'band', id: 'a', row: { date: '2022-10-07', until: '2024-06-01', lane: 'Chips', what: 'licence required (in practice, banned)', step: 0 } },
    { kind: 'band', id: 'later', row: { date: '2024-06-01', until: '', lane: 'Chips', what: 'promised, in more words', step: 2 } },
    { kind: 'event', id: 'a', row: { date: '2022-10-07', until: '', lane: 'US rules', what: 'a', step: 0 } },
    { kind: 'event', id: 'b', row: { date: '2022-10-20', until: '', lane: 'US rules', what: 'b', step: 1 } },
    { kind: 'event', id: 'c', row: { date: '2024-12', until: '', lane: 'US rules', what: 'c, in more words', step: 2 } },
  ])('the $kind "$id" reads $row.what', ({ kind, id, row }) => {
    expect(timelineRows(data).find(r => r.kind === kind && r.id === id)).toEqual({ ...row, kind, id })
  })

  it('names an unknown lane by its id', () => {
    expect(timelineRows({ ...data, lanes: [] })[0].lane).toBe('chips')
  })
})
