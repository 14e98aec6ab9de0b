// Stand-in for @slidev/client in vitest (its real module needs Slidev's virtual modules).
// Tests flip these refs to simulate print, overview and live views.
import { reactive, ref } from 'vue'

export const mockState = {
  isPrintMode: ref(false),
  renderContext: ref<'slide' | 'presenter' | 'previewNext' | 'overview' | 'none'>('slide'),
  isActive: ref(true),
  clicks: ref(0),
}

export function useSlideContext() {
  return { $renderContext: mockState.renderContext, $clicks: mockState.clicks, $page: ref(1), $scale: ref(1) }
}

export function useNav() {
  return { isPrintMode: mockState.isPrintMode, isPrintWithClicks: ref(false), currentSlideNo: ref(1), isPresenter: ref(false) }
}

export function useIsSlideActive() {
  return mockState.isActive
}

export function onSlideEnter(cb: () => void) {
  queueMicrotask(cb)
}

export function onSlideLeave() {}

export function useDarkMode() {
  return { isDark: ref(false) }
}

/** Synced states by channel key: a test plays "the other window" through `onUpdate`. */
export const syncChannels = new Map<string, { state: object, onUpdate: (patch: object) => void }>()

export function createSyncState<T extends object>(_serverState: T, defaultState: T) {
  const state = reactive(defaultState) as T
  const onUpdate = (patch: Partial<T>) => Object.assign(state, patch)
  return {
    init: (channelKey: string) => { syncChannels.set(channelKey, { state, onUpdate }) },
    onPatch: () => {},
    onUpdate,
    patch: <K extends keyof T>(key: K, value: T[K]) => { state[key] = value },
    state,
  }
}

export function addSyncMethod(_sync: unknown) {}
