import { describe, expect, it } from 'vitest'
import { dateFact, numberFact } from '../facts'
import { attackLayout, signupAttacksChart as chart, signupAttacksText as text } from './signup-attacks'

const layout = attackLayout({ width: 880, left: 170, right: 872, markerLabelY: 18, laneY: { chat: 78, api: 146 }, axisY: 188 })
const shown = (clicks: number) => chart.at(clicks).shownRows.map(r => r.id)

describe('signup-attacks chart definition', () => {
  it.each([
    { clicks: -1, ids: ['chat-1', 'r1', 'chat-2'] },
    { clicks: 0, ids: ['chat-1', 'r1', 'chat-2'] },
    { clicks: 1, ids: ['chat-1', 'r1', 'chat-2', 'api-1', 'api-2', 'api-3'] },
    { clicks: 2, ids: ['chat-1', 'r1', 'chat-2', 'api-1', 'api-2', 'api-3', 'limit'] },
    { clicks: 999999, ids: ['chat-1', 'r1', 'chat-2', 'api-1', 'api-2', 'api-3', 'limit'] },
  ])('click $clicks shows $ids.length marks', ({ clicks, ids }) => {
    expect(shown(clicks)).toEqual(ids)
    expect(chart.spec.marksAtStep(clicks)).toBe(ids.length)
  })

  it('dates every wave and marker from the registry: chat from R1’s release day, the API Jan 25–27', () => {
    expect(chart.rows.map(r => `${r.date} ${r.id}`)).toEqual([
      '2025-01-20 chat-1',
      '2025-01-20 r1',
      '2025-01-25 chat-2',
      '2025-01-25 api-1',
      '2025-01-26 api-2',
      '2025-01-27 api-3',
      '2025-01-27 limit',
    ])
    expect(dateFact('registration-limit-date')).toBe('2025-01-27')
  })

  it('counts the waves in each lane as the registry does', () => {
    expect(layout.lanes.map(l => l.count)).toEqual(['2 waves', '3 waves'])
    expect(layout.waves.filter(w => w.lane === 'api')).toHaveLength(numberFact('ddos-wave-count'))
    expect(layout.waves.filter(w => w.lane === 'chat')).toHaveLength(numberFact('ddos-chat-wave-count'))
  })

  it('puts one column per day, Jan 19 to Jan 28, with weekdays', () => {
    expect(layout.days).toBe(10)
    expect(layout.ticks.map(t => t.label)).toEqual(['Jan 19', 'Jan 20', 'Jan 21', 'Jan 22', 'Jan 23', 'Jan 24', 'Jan 25', 'Jan 26', 'Jan 27', 'Jan 28'])
    expect(layout.ticks[1].weekday).toBe('Mon')
    expect(layout.ticks[8].weekday).toBe('Mon')
    const r1 = layout.markers.find(m => m.id === 'r1')!
    expect(r1.x).toBe(layout.ticks[1].at)
  })

  it('keeps marker labels inside the chart and apart', () => {
    const [r1, limit] = layout.markers
    expect(r1.anchor).toBe('start')
    expect(limit.anchor).toBe('end')
    for (const m of layout.markers) {
      expect(m.x0).toBeGreaterThanOrEqual(layout.left)
      expect(m.x1).toBeLessThanOrEqual(880)
    }
    expect(r1.x1).toBeLessThan(limit.x0)
  })

  it('describes each row in words for the table and text alternative', () => {
    expect(text.row(chart.rows[0])).toBe('Jan 20, 2025: DDoS wave, Chat service')
    expect(text.row(chart.rows.at(-1)!)).toBe('Jan 27, 2025: Sign-ups limited')
  })

  it('cites every wave, count and marker fact (the source line and the CSV header)', () => {
    expect(chart.dataset.factIds).toEqual([
      'ddos-first-wave',
      'ddos-chat-second-wave',
      'ddos-api-first-wave',
      'ddos-api-second-wave',
      'ddos-api-third-wave',
      'ddos-chat-wave-count',
      'ddos-wave-count',
      'deepseek-r1-release',
      'registration-limit-date',
    ])
  })
})
