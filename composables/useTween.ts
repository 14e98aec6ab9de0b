import type { MaybeRefOrGetter, Ref } from 'vue'
import { TransitionPresets, useTransition } from '@vueuse/core'
import { computed, toValue } from 'vue'
import { useMotion } from './useMotion'

/**
 * Tweens a number (or a fixed-length number array) toward its target when the deck may
 * animate; otherwise it tracks the target synchronously, so print and previews are exact.
 */
export function useTween<T extends number | number[]>(target: MaybeRefOrGetter<T>, baseDuration = 700): Ref<T> {
  const { animate, duration } = useMotion(baseDuration)
  const source = computed(() => toValue(target))
  return useTransition(source, {
    duration,
    easing: TransitionPresets.easeInOutCubic,
    disabled: computed(() => !animate.value),
  }) as Ref<T>
}
