/**
 * <Fact id="…" /> is how every figure reaches a slide: the value as the registry prints it, a
 * link to the source (clickable in the PDF), a tooltip naming outlet and date, "(reported)" for
 * low confidence, and a loud error, never a blank, for an unknown or unverified id.
 */
import type { Fact } from '../../data/types'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import FactView from '../../components/Fact.vue'

const { FIXTURE } = vi.hoisted(() => {
  const reuters = { outlet: 'Reuters', title: 'Rout', url: 'https://example.com/reuters', date: '2025-01-27' }
  const forbes = { outlet: 'Forbes', title: 'Dethroned', url: 'https://example.com/forbes', date: '2025-01-28' }
  const base: Pick<Fact, 'act' | 'unit' | 'format' | 'asOf' | 'sources'> = { act: 'market', unit: 'USD', format: { style: 'usd', scale: 'B' }, asOf: '2025-01-27', sources: [reuters] }
  const FIXTURE: Fact[] = [
    { ...base, id: 'loss', label: 'Loss', value: { low: 589e9, high: 593e9 }, confidence: 'high', sources: [reuters, forbes] },
    { ...base, id: 'billionaires', label: 'Billionaires', value: 108e9, confidence: 'low' },
    { ...base, id: 'drop', label: 'Drop', value: -16.97, unit: 'percent', format: { style: 'percent' }, confidence: 'medium', derived: '(142.62 − 118.42) ÷ 142.62' },
    { ...base, id: 'rumour', label: 'Rumour', value: 50e9, confidence: 'unverified' },
  ]
  return { FIXTURE }
})

vi.mock('../../lib/facts', () => ({ findFact: (id: string) => FIXTURE.find(f => f.id === id) }))

const render = (props: { id: string, text?: string }) => mount(FactView, { props })

describe('Fact', () => {
  let consoleError: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    consoleError.mockRestore()
  })

  it.each([
    { id: 'loss', shown: '$589–593B' },
    { id: 'billionaires', shown: '$108B (reported)' },
    { id: 'drop', shown: '−16.97%' },
  ])('prints $id as "$shown"', ({ id, shown }) => {
    expect(render({ id }).find('a.fact').text()).toBe(shown)
    expect(consoleError).not.toHaveBeenCalled()
  })

  it('links to the first source, in a new tab, as a plain https href (clickable in the PDF)', () => {
    const a = render({ id: 'loss' }).find('a.fact')
    expect(a.attributes()).toMatchObject({ href: 'https://example.com/reuters', target: '_blank', rel: 'noopener' })
  })

  it.each([
    { id: 'loss', tip: 'Reuters, Jan 27, 2025 (+1 more)' },
    { id: 'billionaires', tip: 'Reuters, Jan 27, 2025' },
    { id: 'drop', tip: 'Reuters, Jan 27, 2025 · derived: (142.62 − 118.42) ÷ 142.62' },
  ])('describes $id with a tooltip naming outlet and date', ({ id, tip }) => {
    const wrapper = render({ id })
    const tooltip = wrapper.find('[role="tooltip"]')
    expect(tooltip.text()).toBe(tip)
    expect(wrapper.find('a.fact').attributes('aria-describedby')).toBe(tooltip.attributes('id'))
  })

  it('marks only low confidence as reported', () => {
    expect(render({ id: 'billionaires' }).find('.fact-reported').exists()).toBe(true)
    for (const id of ['loss', 'drop'])
      expect(render({ id }).find('.fact-reported').exists()).toBe(false)
  })

  it('keeps the link and tooltip when text overrides the words', () => {
    const wrapper = render({ id: 'loss', text: 'about $590B' })
    expect(wrapper.find('a.fact').text()).toBe('about $590B')
    expect(wrapper.find('a.fact').attributes('href')).toBe('https://example.com/reuters')
    expect(wrapper.find('[role="tooltip"]').text()).toContain('Reuters')
  })

  it.each([
    { id: 'no-such-fact', says: /unknown fact id “no-such-fact”/ },
    { id: 'rumour', says: /fact “rumour” is unverified/ },
  ])('shows a loud error, not a blank, for $id', ({ id, says }) => {
    const wrapper = render({ id })
    const error = wrapper.find('.fact-missing')
    expect(error.exists()).toBe(true)
    expect(error.text()).toMatch(says)
    expect(error.text()).toMatch(/^⚠/)
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('$50B')
    expect(consoleError).toHaveBeenCalledWith(expect.stringMatching(says))
  })
})
