import type { Ref } from 'vue'
import { ref } from 'vue'
import { onSlideEnter } from './deck'
import { useMotion } from './useMotion'
import { useTween } from './useTween'

/**
 * 0 → 1 each time the slide is entered while the deck may animate; 1 everywhere else.
 * Charts scale their marks by it so the build starts when the audience sees the slide.
 */
export function useEntrance(baseDuration = 900): Ref<number> {
  const { animate } = useMotion(baseDuration)
  const target = ref(1)
  onSlideEnter(() => {
    if (!animate.value)
      return
    target.value = 0
    requestAnimationFrame(() => {
      target.value = 1
    })
  })
  return useTween(target, baseDuration)
}
