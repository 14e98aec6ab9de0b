/**
 * The one place the deck's own code touches Slidev's runtime. Charts and widgets read the
 * render mode from here, so tests can swap `@slidev/client` for tests/mocks/slidev-client.ts.
 */
import type { ComputedRef } from 'vue'
import { onSlideEnter, useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

export interface RenderMode {
  /** Export, `/print` and the bundled PDF: show final states, never animate. */
  isPrint: ComputedRef<boolean>
  /** The audience view or the presenter's current slide (not overview, not next-slide preview). */
  isLive: ComputedRef<boolean>
  /** This slide is the one being presented. */
  isActive: ComputedRef<boolean>
}

export function useRenderMode(): RenderMode {
  const { $renderContext } = useSlideContext()
  const { isPrintMode } = useNav()
  const isActive = useIsSlideActive()
  return {
    isPrint: computed(() => isPrintMode.value),
    isLive: computed(() => !isPrintMode.value && ['slide', 'presenter'].includes($renderContext.value)),
    isActive: computed(() => isActive.value),
  }
}

export { onSlideEnter }
