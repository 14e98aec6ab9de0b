/**
 * What the chart components read of Slidev's runtime (through composables/deck.ts), for a
 * server render: print mode, so every chart draws its state at once with no entrance or tween.
 * The prerender build aliases `@slidev/client` to this file.
 */
import { ref } from 'vue'

export function useSlideContext() {
  return { $renderContext: ref('slide'), $clicks: ref(0), $page: ref(1), $scale: ref(1) }
}

export function useNav() {
  return { isPrintMode: ref(true), isPrintWithClicks: ref(false), currentSlideNo: ref(1), isPresenter: ref(false) }
}

export function useIsSlideActive() {
  return ref(true)
}

export function onSlideEnter(_cb: () => void) {}

export function onSlideLeave() {}

export function useDarkMode() {
  return { isDark: ref(false) }
}

/** The calculator's presenter sync: a server render has no other window, so state stays local. */
export function createSyncState<T extends object>(_serverState: T, defaultState: T) {
  const state = defaultState
  return { init: () => {}, onPatch: () => {}, onUpdate: () => {}, patch: <K extends keyof T>(key: K, value: T[K]) => {
    state[key] = value
  }, state }
}

export function addSyncMethod(_sync: unknown) {}
