/**
 * A slide reached by a click draws its heavy part (a chart's marks, the second half of the
 * corrections table) in the task after its first frame, so no click task is long; print and a
 * first load draw at once (composables/useDeferredDraw.ts).
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useDeferredDraw } from '../../composables/useDeferredDraw'
import { mockState } from '../mocks/slidev-client'

const Probe = defineComponent({
  setup() {
    const drawn = useDeferredDraw()
    return () => h('p', drawn.value ? 'drawn' : 'waiting')
  },
})

/** As in a browser once the page has painted: a first-contentful-paint entry exists. */
function pagePainted() {
  const real = performance.getEntriesByName.bind(performance)
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(name =>
    name === 'first-contentful-paint' ? [{ name } as PerformanceEntry] : real(name))
}

describe('useDeferredDraw', () => {
  afterEach(() => {
    mockState.isPrintMode.value = false
    vi.useRealTimers()
  })

  it('draws at once before the page has painted (a first load, a server render, a test)', () => {
    expect(mount(Probe).text()).toBe('drawn')
  })

  it('after the first paint, draws a frame and a task after mounting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    pagePainted()
    const wrapper = mount(Probe)
    expect(wrapper.text()).toBe('waiting')
    await vi.advanceTimersByTimeAsync(50)
    await nextTick()
    expect(wrapper.text()).toBe('drawn')
  })

  it('in print and export, draws at once even after the first paint', () => {
    pagePainted()
    mockState.isPrintMode.value = true
    expect(mount(Probe).text()).toBe('drawn')
  })
})
