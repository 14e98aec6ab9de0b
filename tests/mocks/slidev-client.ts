// Stand-in for @slidev/client in vitest (its real module needs Slidev's virtual modules).
// Tests flip these refs to simulate print, overview and live views.
import { ref } from 'vue'

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

export function createSyncState<T extends object>(_serverState: T, defaultState: T) {
  return { init: () => {}, onPatch: () => {}, patch: () => {}, state: defaultState }
}
