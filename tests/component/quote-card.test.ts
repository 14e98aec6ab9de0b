/**
 * QuoteCard and BigNumber: the two plain graphics of the caveats and lessons slides. Their words
 * come in as <Fact> tags; the card dates itself from the registry.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import BigNumber from '../../components/BigNumber.vue'
import FactView from '../../components/Fact.vue'
import QuoteCard from '../../components/QuoteCard.vue'
import { getFact, printedFact } from '../../lib/facts'
import { formatDate } from '../../lib/format'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('QuoteCard', () => {
  it('shows the quote, who said it, where, and the registry date', () => {
    const wrapper = mount(QuoteCard, {
      props: { of: 'nadella-jevons-quote', by: 'Satya Nadella, Microsoft CEO', where: 'on X', size: 'hero' },
      slots: { default: () => h(FactView, { id: 'nadella-jevons-quote' }) },
    })
    expect(wrapper.find('blockquote').text()).toContain(printedFact('nadella-jevons-quote'))
    expect(wrapper.find('figcaption').text()).toBe(`Satya Nadella, Microsoft CEO, on X, ${formatDate(getFact('nadella-jevons-quote').asOf)}`)
    expect(wrapper.classes()).toContain('quote-card--hero')
    expect(wrapper.attributes('style')).toContain('--quote-tone: var(--c-us)')
  })

  it('says so loudly when its dating fact is unknown', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    mount(QuoteCard, { props: { of: 'no-such-fact', by: 'Someone', where: 'somewhere' } })
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no-such-fact'))
  })
})

describe('BigNumber', () => {
  it('puts the figure and its caption in the actor colour, stacked or in a row', () => {
    const wrapper = mount(BigNumber, {
      props: { tone: 'nvidia', row: true },
      slots: { default: () => h(FactView, { id: 'censorship-refusal-pct' }), caption: () => 'of sensitive prompts refused' },
    })
    expect(wrapper.find('.big-number-value .fact').text()).toBe(printedFact('censorship-refusal-pct'))
    expect(wrapper.find('.big-number-caption').text()).toBe('of sensitive prompts refused')
    expect(wrapper.classes()).toContain('big-number--row')
    expect(wrapper.attributes('style')).toContain('--big-tone: var(--c-nvidia)')
    expect(mount(BigNumber).classes()).not.toContain('big-number--row')
  })
})
