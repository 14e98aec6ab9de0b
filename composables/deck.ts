/**
 * The one place the deck's charts and widgets touch Slidev's runtime. Charts and widgets read the
 * render mode from here, so tests can swap `@slidev/client` for tests/mocks/slidev-client.ts.
 */
import type { ComputedRef } from 'vue'
import { onSlideEnter as onSlidevSlideEnter, useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

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
