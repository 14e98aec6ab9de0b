/**
 * Figures and glossary words carry no visible decoration (a projector and a PDF cannot be
 * pointed at), so their tips must open every other way: hover and keyboard focus (CSS), and a
 * tap on a touch screen: the first tap opens the tip (with a link to the source, instead of
 * following the link at once), a second tap or a tap elsewhere closes it, Escape always does.
 * The scale and unit toggles do not print, and print shows the chart's default state.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import Fact from '../../components/Fact.vue'
import Term from '../../components/Term.vue'
import ToggleGroup from '../../components/ToggleGroup.vue'
import { useDeckSetting } from '../../composables/useDeckSetting'
import { mockState } from '../mocks/slidev-client'

afterEach(() => {
  mockState.isPrintMode.value = false
  sessionStorage.clear()
  document.body.innerHTML = ''
})

/** A touch tap on `el`: pointerdown (touch), then the click the browser synthesises. */
async function tap(el: Element) {
  el.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }))
  const click = new MouseEvent('click', { bubbles: true, cancelable: true })
  el.dispatchEvent(click)
  await nextTick()
  return click
}

/**
 * A mouse click on `el`. Whether the component let the link work is read before the test stops
 * the navigation itself (happy-dom would fetch the page).
 */
async function mouseClick(el: Element) {
  el.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }))
  return clickNoNavigation(el)
}

async function clickNoNavigation(el: Element) {
  let prevented: boolean | undefined
  const stop = (e: Event) => {
    prevented = e.defaultPrevented
    e.preventDefault()
  }
  document.addEventListener('click', stop)
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
  document.removeEventListener('click', stop)
  await nextTick()
  return { defaultPrevented: prevented }
}

describe.each([
  { name: 'Fact', make: () => h(Fact, { id: 'v3-final-run-cost' }), trigger: 'a.fact', wrap: '.fact-wrap' },
  { name: 'Term', make: () => h(Term, { id: 'gpu-hour' }, () => 'GPU-hours'), trigger: 'dfn.term', wrap: '.term-wrap' },
])('$name on a touch screen', ({ make, trigger, wrap }) => {
  const mountIt = () => mount(defineComponent(() => () => h('div', [make(), h('p', { class: 'elsewhere' }, 'elsewhere')])), { attachTo: document.body })

  it('opens on the first tap instead of following the link, closes on the second', async () => {
    const w = mountIt()
    const first = await tap(w.find(trigger).element)
    expect(first.defaultPrevented, 'the first tap does not navigate').toBe(true)
    expect(w.find(wrap).classes()).toContain('is-pinned')
    const second = await tap(w.find(trigger).element)
    expect(second.defaultPrevented).toBe(true)
    expect(w.find(wrap).classes()).not.toContain('is-pinned')
    expect(w.find(wrap).classes(), 'closed even while it keeps focus').toContain('is-dismissed')
    await tap(w.find(trigger).element)
    expect(w.find(wrap).classes(), 'a third tap opens it again').toContain('is-pinned')
    w.unmount()
  })

  it('closes on a tap elsewhere', async () => {
    const w = mountIt()
    await tap(w.find(trigger).element)
    w.find('.elsewhere').element.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }))
    await nextTick()
    expect(w.find(wrap).classes()).not.toContain('is-pinned')
    w.unmount()
  })

  it('closes on Escape', async () => {
    const w = mountIt()
    await tap(w.find(trigger).element)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await nextTick()
    expect(w.find(wrap).classes()).not.toContain('is-pinned')
    expect(w.find(wrap).classes()).toContain('is-dismissed')
    w.unmount()
  })

  it('leaves a mouse click alone (a figure opens its source)', async () => {
    const w = mountIt()
    const click = await mouseClick(w.find(trigger).element)
    expect(click.defaultPrevented).toBe(false)
    expect(w.find(wrap).classes()).not.toContain('is-pinned')
    w.unmount()
  })
})

describe('Fact opened by a tap', () => {
  it('offers its source as a link inside the tip, which a tap follows', async () => {
    const w = mount(Fact, { props: { id: 'v3-final-run-cost' }, attachTo: document.body })
    expect(w.find('.fact-tip-open').exists(), 'no link in the tip on hover or focus').toBe(false)
    await tap(w.find('a.fact').element)
    const open = w.find('.fact-tip-open')
    expect(open.attributes('href')).toBe(w.find('a.fact').attributes('href'))
    open.element.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }))
    const follow = await clickNoNavigation(open.element)
    expect(follow.defaultPrevented, 'the source link works').toBe(false)
    w.unmount()
  })
})

describe('the look: plain emphasis, no underline', () => {
  it.each([
    ['components/Fact.vue', '.fact'],
    ['components/Term.vue', '.term'],
  ])('%s styles %s without a dotted or dashed underline', async (file) => {
    const { readFileSync } = await import('node:fs')
    const css = readFileSync(file, 'utf8').split('<style')[1]
    // The only underline is on :hover / :focus-visible.
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(m => ({ selector: m[1].trim(), body: m[2] }))
    const decorated = rules.filter(r => /underline/.test(r.body) && !/:hover|:focus-visible|tip-open/.test(r.selector))
    expect(decorated.map(r => r.selector)).toEqual([])
  })
})

describe('toggles in print', () => {
  const OPTIONS = [{ value: 'log', label: 'Log' }, { value: 'linear', label: 'Linear' }]
  const Host = defineComponent(() => {
    const scale = useDeckSetting<string>('test-scale', 'log')
    return () => h('div', [
      h(ToggleGroup, { 'label': 'Scale', 'options': OPTIONS, 'modelValue': scale.value, 'onUpdate:modelValue': (v: string) => { scale.value = v } }),
      h('output', scale.value),
    ])
  })

  it('shows the toggle on screen and remembers the choice', async () => {
    const w = mount(Host)
    expect(w.find('fieldset.toggle-group').exists()).toBe(true)
    await w.findAll('input[type="radio"]')[1].setValue(true)
    expect(w.find('output').text()).toBe('linear')
  })

  it('prints no toggle, and the chart its default state, whatever was chosen on screen', async () => {
    const w = mount(Host)
    await w.findAll('input[type="radio"]')[1].setValue(true)
    expect(w.find('output').text()).toBe('linear')
    mockState.isPrintMode.value = true
    await nextTick()
    expect(w.find('fieldset.toggle-group').exists()).toBe(false)
    expect(w.find('output').text()).toBe('log')
    mockState.isPrintMode.value = false
    await nextTick()
    expect(w.find('output').text(), 'the choice is kept for the screen').toBe('linear')
  })
})
