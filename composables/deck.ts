/**
 * The one place the deck's charts and widgets touch Slidev's runtime (the reading view's own
 * plumbing is in composables/reading.ts: those two files import @slidev/client, nothing else).
 * Charts and widgets read the render mode and synced state from here, so tests can swap
 * `@slidev/client` for tests/mocks/slidev-client.ts.
 */
import type { ComputedRef, InjectionKey, Ref } from 'vue'
import { addSyncMethod, createSyncState, onSlideEnter as onSlidevSlideEnter, useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed, effectScope, hasInjectionContext, inject, onMounted, provide, toRaw, watch } from 'vue'

export interface RenderMode {
  /** Export, `/print`, the bundled PDF, and printing the reading view: show final states, never animate. */
  isPrint: ComputedRef<boolean>
  /** The audience view, the presenter's current slide, or the reading view (not overview, not next-slide preview). */
  isLive: ComputedRef<boolean>
  /** This slide is the one being presented, or (reading view) its section is on screen. */
  isActive: ComputedRef<boolean>
  /** Rendered as a section of the reading view (#/read). */
  isReading: boolean
}

/**
 * What the reading view tells each slide it renders. Slidev's own notion of "the current slide"
 * does not apply there (every slide is on one page, and the nav stays on slide 1), so the
 * reading view provides its own: whether the slide's section is on screen, and whether the
 * page is being printed.
 */
export interface ReadingSlideState {
  /** The slide's section intersects the viewport. */
  active: Ref<boolean>
  /** The browser is printing the reading view (beforeprint … afterprint, or print media). */
  printing: Ref<boolean>
}

const READING_SLIDE: InjectionKey<ReadingSlideState> = Symbol('deck-reading-slide')

/** Called by the reading view around each slide it renders (composables/reading.ts). */
export function provideReadingSlide(state: ReadingSlideState): void {
  provide(READING_SLIDE, state)
}

function injectReadingSlide(): ReadingSlideState | null {
  return hasInjectionContext() ? inject(READING_SLIDE, null) : null
}

export function useRenderMode(): RenderMode {
  const { isPrintMode } = useNav()
  const reading = injectReadingSlide()
  if (reading) {
    const isPrint = computed(() => isPrintMode.value || reading.printing.value)
    return {
      isPrint,
      isLive: computed(() => !isPrint.value),
      isActive: computed(() => reading.active.value),
      isReading: true,
    }
  }
  const { $renderContext } = useSlideContext()
  const isActive = useIsSlideActive()
  return {
    isPrint: computed(() => isPrintMode.value),
    isLive: computed(() => !isPrintMode.value && ['slide', 'presenter'].includes($renderContext.value)),
    isActive: computed(() => isActive.value),
    isReading: false,
  }
}

/**
 * Slidev's onSlideEnter, or in the reading view: the first time the slide's section scrolls
 * into view. Only the first time, so a reader scrolling back to check a number does not watch
 * the chart rebuild from zero.
 */
export function onSlideEnter(cb: () => void): void {
  const reading = injectReadingSlide()
  if (!reading) {
    onSlidevSlideEnter(cb)
    return
  }
  onMounted(() => {
    const stop = watch(reading.active, (active) => {
      if (!active)
        return
      cb()
      queueMicrotask(() => stop())
    }, { immediate: true })
  })
}

/**
 * Whether this render is for print (export, `/print`, the bundled PDF, printing the reading
 * view), without needing a slide context: the reader's toggles do not print (ToggleGroup), and
 * the charts print their default state (useDeckSetting).
 */
export function useIsPrint(): ComputedRef<boolean> {
  const { isPrintMode } = useNav()
  const reading = injectReadingSlide()
  return computed(() => isPrintMode.value || (reading?.printing.value ?? false))
}

type Sync = Parameters<typeof addSyncMethod>[0]

/**
 * Slidev's built-in sync posts over BroadcastChannel only in a static build; under the dev
 * server it expects a server-side ref. This gives the dev server the same same-browser sync
 * for one channel, so presenting from `slidev` behaves like the hosted deck.
 */
function devBroadcast(channelKey: string): Sync {
  return {
    enabled: true,
    init(key, onUpdate) {
      if (key !== channelKey || typeof BroadcastChannel === 'undefined')
        return undefined
      const channel = new BroadcastChannel(key)
      channel.addEventListener('message', event => onUpdate(event.data))
      return (state, updating) => {
        if (!updating)
          channel.postMessage(toRaw(state))
      }
    },
  }
}

/**
 * A state shared by every window of the deck in one browser (presenter and audience), through
 * Slidev's createSyncState. Made outside any component scope, so unmounting never stops it.
 */
export function createWindowSync<T extends object>(channel: string, initial: T): { state: T } {
  let synced: { state: T } | undefined
  effectScope(true).run(() => {
    const sync = createSyncState<T>({ ...initial }, { ...initial })
    if (import.meta.env.DEV)
      addSyncMethod(devBroadcast(channel))
    sync.init(channel)
    synced = sync
  })
  return synced!
}
