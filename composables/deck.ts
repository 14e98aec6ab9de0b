/**
 * The one place the deck's charts and widgets touch Slidev's runtime (the only file that imports
 * @slidev/client). Charts and widgets read the render mode and synced state from here, so tests
 * can swap `@slidev/client` for tests/mocks/slidev-client.ts.
 */
import type { ComputedRef } from 'vue'
import { addSyncMethod, createSyncState, onSlideEnter as onSlidevSlideEnter, useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed, effectScope, toRaw, watchEffect } from 'vue'
import { layOutNewCharts } from '../lib/chart'
import { afterFirstPaint } from './afterPaint'

export interface RenderMode {
  /** Export, `/print`, the bundled PDF: show final states, never animate. */
  isPrint: ComputedRef<boolean>
  /** The audience view or the presenter's current slide (not overview, not next-slide preview). */
  isLive: ComputedRef<boolean>
  /** This slide is the one being presented. */
  isActive: ComputedRef<boolean>
}

export function useRenderMode(): RenderMode {
  const { isPrintMode } = useNav()
  const { $renderContext } = useSlideContext()
  const isActive = useIsSlideActive()
  return {
    isPrint: computed(() => isPrintMode.value),
    isLive: computed(() => !isPrintMode.value && ['slide', 'presenter'].includes($renderContext.value)),
    isActive: computed(() => isActive.value),
  }
}

/**
 * slides.md sets `preload: false`, so Slidev mounts only the slide on screen: its default mounts
 * every slide, hidden, 3 s after load (all the charts at once, the longest task of the talk).
 * Fetching the neighbours' code keeps a click from waiting on the network; it mounts nothing.
 * It waits for the first paint and an idle moment (composables/afterPaint.ts): slide 1 paints
 * first, and the neighbours' modules are never evaluated inside a click's task.
 */
export function prefetchNeighbourSlides(): void {
  const { currentSlideRoute, prevRoute, nextRoute } = useNav()
  watchEffect(() => {
    // The slide on screen at once: on a first load its code is fetched beside Slidev's own
    // view code, not after it.
    void currentSlideRoute.value.load()
    const routes = [prevRoute.value, nextRoute.value]
    // Once a neighbour's code is in, its charts are laid out too, ahead of the click.
    afterFirstPaint(() => routes.forEach(route => void route.load().then(() => afterFirstPaint(layOutNewCharts))))
  })
}

/** Slidev's onSlideEnter. */
export function onSlideEnter(cb: () => void): void {
  onSlidevSlideEnter(cb)
}

/**
 * Whether this render is for print (export, `/print`, the bundled PDF), without needing a slide
 * context: the reader's toggles do not print (ToggleGroup), and the charts print their default
 * state (useDeckSetting).
 */
export function useIsPrint(): ComputedRef<boolean> {
  const { isPrintMode } = useNav()
  return computed(() => isPrintMode.value)
}

/**
 * For the slide view's nav bar: the article's address at the slide on screen (read/#slide-<n>,
 * built by scripts/article/), and whether to offer it (not in the presenter or an embed).
 */
export function useArticleLink(): { href: ComputedRef<string>, show: ComputedRef<boolean> } {
  const { currentSlideNo, isPresenter, isPlaying, isEmbedded } = useNav()
  return {
    href: computed(() => `${import.meta.env.BASE_URL}read/${currentSlideNo.value > 1 ? `#slide-${currentSlideNo.value}` : ''}`),
    show: computed(() => isPlaying.value && !isPresenter.value && !isEmbedded.value),
  }
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
