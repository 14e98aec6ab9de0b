/**
 * <Fact id="…" /> is how every figure reaches a slide: the value as the registry prints it, a
 * link to the first source with a public copy (clickable in the PDF), a tooltip giving each
 * source as "[n] publisher, via partner, date", whose claim it is, the derivation and every
 * other published figure with its source and reason, "(reported)" for low confidence, and a
 * loud error, never a blank, for an unknown or unverified id.
 */
import type { Fact, Source } from '../../data/types'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import FactView from '../../components/Fact.vue'

const { FACTS, SOURCES } = vi.hoisted(() => {
  // Numbered by publisher, then date: [1] Forbes, [2] Reuters (no copy), [3] Reuters via The Japan Times.
  const SOURCES: Source[] = [
    { id: 'reuters', publisher: 'Reuters', title: 'Rout', url: 'https://www.japantimes.co.jp/rout', via: 'The Japan Times', date: '2025-01-27' },
    { id: 'forbes', publisher: 'Forbes', title: 'Dethroned', url: 'https://www.forbes.com/dethroned', date: '2025-01-28' },
    { id: 'wire', publisher: 'Reuters', title: 'Delay', noPublicCopy: true, date: '2023-11-24' },
  ]
  const base: Pick<Fact, 'act' | 'unit' | 'format' | 'asOf' | 'sources'> = { act: 'market', unit: 'USD', format: { style: 'usd', scale: 'B' }, asOf: '2025-01-27', sources: ['reuters'] }
  const FACTS: Fact[] = [
    { ...base, id: 'loss', label: 'Loss', value: { low: 589e9, high: 593e9 }, confidence: 'high', sources: ['reuters', 'forbes'] },
    { ...base, id: 'billionaires', label: 'Billionaires', value: 108e9, confidence: 'low' },
    { ...base, id: 'drop', label: 'Drop', value: -16.97, unit: 'percent', format: { style: 'percent' }, confidence: 'medium', derived: '(142.62 − 118.42) ÷ 142.62' },
    { ...base, id: 'rumour', label: 'Rumour', value: 50e9, confidence: 'unverified' },
    {
      ...base,
      id: 'contested',
      label: 'Contested',
      value: 593e9,
      confidence: 'high',
      claimedBy: 'LSEG',
      variants: [
        { value: 589e9, sourceIds: ['forbes'], reason: 'another share count' },
        { value: 600e9, format: { qualifier: '~' }, sourceIds: ['forbes', 'reuters'], reason: 'headline, rounded' },
      ],
    },
    { ...base, id: 'uncopied', label: 'Uncopied', value: 5.5e9, confidence: 'high', sources: ['wire', 'forbes'] },
    { ...base, id: 'nowhere', label: 'Nowhere', value: 1e9, confidence: 'high', sources: ['wire'] },
    { ...base, id: 'dangling', label: 'Dangling', value: 1e9, confidence: 'high', sources: ['no-such-source'] },
  ]
  return { FACTS, SOURCES }
})

vi.mock('../../lib/facts', () => ({ findFact: (id: string) => FACTS.find(f => f.id === id) }))
vi.mock('../../data/sources', () => ({ sources: SOURCES }))

const render = (props: { id: string, text?: string }) => mount(FactView, { props })
const tipLines = (id: string) => render({ id }).findAll('.fact-tip-line').map(l => l.text())

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
    expect(a.attributes()).toMatchObject({ href: 'https://www.japantimes.co.jp/rout', target: '_blank', rel: 'noopener' })
  })

  it('links to the first source that has a public copy', () => {
    expect(render({ id: 'uncopied' }).find('a.fact').attributes('href')).toBe('https://www.forbes.com/dethroned')
  })

  it('without any public copy, is focusable text that still describes its source', () => {
    const wrapper = render({ id: 'nowhere' })
    expect(wrapper.find('a').exists()).toBe(false)
    const figure = wrapper.find('.fact')
    expect(figure.attributes('tabindex')).toBe('0')
    expect(figure.attributes('aria-describedby')).toBe(wrapper.find('[role="tooltip"]').attributes('id'))
    expect(tipLines('nowhere')).toEqual(['[2] Reuters, Nov 24, 2023 (no public copy)'])
  })

  it.each([
    { id: 'loss', lines: ['[3] Reuters, via The Japan Times, Jan 27, 2025', '[1] Forbes, Jan 28, 2025'] },
    { id: 'billionaires', lines: ['[3] Reuters, via The Japan Times, Jan 27, 2025'] },
    { id: 'drop', lines: ['[3] Reuters, via The Japan Times, Jan 27, 2025', 'Derived: (142.62 − 118.42) ÷ 142.62'] },
    {
      id: 'contested',
      lines: [
        'Claimed by LSEG.',
        '[3] Reuters, via The Japan Times, Jan 27, 2025',
        'Also published: $589B [1], another share count',
        'Also published: ~$600B [1, 3], headline, rounded',
      ],
    },
  ])('describes $id with a tooltip: claim, numbered sources with partner and date, derivation, variants', ({ id, lines }) => {
    expect(tipLines(id)).toEqual(lines)
    const wrapper = render({ id })
    const tooltip = wrapper.find('[role="tooltip"]')
    expect(wrapper.find('a.fact').attributes('aria-describedby')).toBe(tooltip.attributes('id'))
    // Read as one description by a screen reader: lines are separated by spaces.
    expect(tooltip.text()).toBe(lines.join(' '))
  })

  it('marks only low confidence as reported', () => {
    expect(render({ id: 'billionaires' }).find('.fact-reported').exists()).toBe(true)
    for (const id of ['loss', 'drop'])
      expect(render({ id }).find('.fact-reported').exists()).toBe(false)
  })

  it('keeps the link and tooltip when text overrides the words', () => {
    const wrapper = render({ id: 'loss', text: 'about $590B' })
    expect(wrapper.find('a.fact').text()).toBe('about $590B')
    expect(wrapper.find('a.fact').attributes('href')).toBe('https://www.japantimes.co.jp/rout')
    expect(wrapper.find('[role="tooltip"]').text()).toContain('Reuters')
  })

  it.each([
    { id: 'no-such-fact', says: /unknown fact id “no-such-fact”/ },
    { id: 'rumour', says: /fact “rumour” is unverified/ },
    { id: 'dangling', says: /fact “dangling” cites unknown source “no-such-source”/ },
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

// The deck loads the registries after the first paint (composables/useFactView.ts): a fresh
// module graph has not loaded them, as on a cold load of slide 1.
describe('Fact before the registries have loaded', () => {
  it('shows words given as text at once, then gains its link and tooltip when they load', async () => {
    vi.resetModules()
    const { default: FreshFact } = await import('../../components/Fact.vue')
    const { loadFactView } = await import('../../composables/useFactView')
    const wrapper = mount(FreshFact, { props: { id: 'loss', text: 'about $590B' } })
    expect(wrapper.find('.fact').text()).toBe('about $590B')
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.find('[role="tooltip"]').exists()).toBe(false)
    await loadFactView()
    await nextTick()
    expect(wrapper.find('a.fact').attributes('href')).toBe('https://www.japantimes.co.jp/rout')
    expect(wrapper.find('[role="tooltip"]').text()).toContain('Reuters')
  })
})
