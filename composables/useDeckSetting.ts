import type { Ref } from 'vue'
import { useSessionStorage } from '@vueuse/core'
import { computed } from 'vue'
import { useIsPrint } from './deck'

/**
 * A reader's choice (log or linear, dollars or percent) that survives moving between slides
 * and reloads within the tab. Every mount with the same key shares one value. Print (the PDF,
 * `/print`) always shows `initial`: the toggles do not print, so the page must show the default
 * state whatever was chosen on screen.
 */
export function useDeckSetting<T extends string>(key: string, initial: T): Ref<T> {
  const stored = useSessionStorage<T>(`deck-setting:${key}`, initial)
  const isPrint = useIsPrint()
  return computed<T>({
    get: () => (isPrint.value ? initial : stored.value),
    set: (value) => { stored.value = value },
  })
}
