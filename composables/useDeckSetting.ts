import type { Ref } from 'vue'
import { useSessionStorage } from '@vueuse/core'

/**
 * A reader's choice (log or linear, dollars or percent) that survives moving between slides
 * and reloads within the tab. Every mount with the same key shares one value.
 */
export function useDeckSetting<T extends string>(key: string, initial: T): Ref<T> {
  return useSessionStorage<T>(`deck-setting:${key}`, initial)
}
