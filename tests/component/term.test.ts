import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import GlossaryList from '../../components/GlossaryList.vue'
import Term from '../../components/Term.vue'
import { findTerm, glossary } from '../../data/glossary'

/** The ids slides may use (common brief). */
const CONTRACT = ['gpu-hour', 'h800', 'interconnect', 'moe', 'open-weights', 'export-control', 'market-cap']

afterEach(() => {
  vi.restoreAllMocks()
})

describe('glossary data', () => {
  it('has every contract id, once, with a definition', () => {
    expect(glossary.map(t => t.id).sort()).toEqual([...CONTRACT].sort())
    for (const id of CONTRACT) {
      const t = findTerm(id)!
      expect(t.term.length).toBeGreaterThan(1)
      expect(t.definition.length).toBeGreaterThan(40)
      expect(t.definition.length).toBeLessThan(240)
    }
  })

  it('keeps figures out of definitions (years only): numbers live in the registry', () => {
    for (const t of glossary)
      expect(t.definition.replace(/\b(?:19|20)\d\d\b/g, '').replace(/\bH\d{2,3}\b/g, ''), t.id).not.toMatch(/\d/)
  })
})

describe('Term', () => {
  it('makes the word focusable and points it at its definition', () => {
    const w = mount(Term, { props: { id: 'gpu-hour' }, slots: { default: 'GPU-hours' } })
    const trigger = w.find('dfn')
    expect(trigger.text()).toBe('GPU-hours')
    expect(trigger.attributes('tabindex')).toBe('0')
    const tip = w.find(`[id="${trigger.attributes('aria-describedby')}"]`)
    expect(tip.attributes('role')).toBe('tooltip')
    expect(tip.text()).toContain(findTerm('gpu-hour')!.definition)
  })

  it('falls back to the glossary term when the slot is empty', () => {
    const w = mount(Term, { props: { id: 'moe' } })
    expect(w.find('dfn').text()).toBe('Mixture of experts (MoE)')
  })

  it('gives every instance its own tooltip id', () => {
    const Two = defineComponent(() => () => [h(Term, { id: 'h800' }, () => 'H800'), h(Term, { id: 'h800' }, () => 'H800s')])
    const w = mount(Two)
    const ids = w.findAll('[role="tooltip"]').map(t => t.attributes('id'))
    expect(ids).toHaveLength(2)
    expect(ids[0]).not.toBe(ids[1])
    expect(w.findAll('dfn').map(d => d.attributes('aria-describedby'))).toEqual(ids)
  })

  it('Escape hides the definition until focus or the pointer leaves', async () => {
    const w = mount(Term, { props: { id: 'interconnect' } })
    await w.find('dfn').trigger('keydown', { key: 'Escape' })
    expect(w.find('.term-wrap').classes()).toContain('is-dismissed')
    await w.find('.term-wrap').trigger('focusout')
    expect(w.find('.term-wrap').classes()).not.toContain('is-dismissed')
  })

  it.each(['gpu-hours', 'GPU-hour', ''])('an unknown id "%s" renders a loud error and logs it', (id) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const w = mount(Term, { props: { id }, slots: { default: 'the word' } })
    expect(w.find('mark.term-missing').text()).toContain(`unknown glossary term “${id}”`)
    expect(w.text()).toContain('the word')
    expect(w.find('dfn').exists()).toBe(false)
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`“${id}”`))
  })
})

describe('GlossaryList', () => {
  it('lists every term with its definition', () => {
    const w = mount(GlossaryList)
    expect(w.findAll('dt').map(d => d.text())).toEqual(glossary.map(t => t.term))
    expect(w.findAll('dd').map(d => d.text())).toEqual(glossary.map(t => t.definition))
  })
})
