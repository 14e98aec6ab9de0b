import type { ComputedRef } from 'vue'
import { usePreferredReducedMotion } from '@vueuse/core'
import { computed } from 'vue'
import { useRenderMode } from './deck'

export interface UseMotionReturn {
  /** True only when tweening is wanted: live view, slide shown, motion not reduced, not printing. */
  animate: ComputedRef<boolean>
  /** Tween length in ms, 0 whenever `animate` is false. */
  duration: ComputedRef<number>
}

/** Decides whether a chart may move; every other view jumps straight to the end state. */
export function useMotion(baseDuration = 700): UseMotionReturn {
  const { isLive, isActive } = useRenderMode()
  const reduced = usePreferredReducedMotion()
  const animate = computed(() => isLive.value && isActive.value && reduced.value !== 'reduce')
  return { animate, duration: computed(() => (animate.value ? baseDuration : 0)) }
}
