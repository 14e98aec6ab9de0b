/**
 * The fact and source registries for <Fact>, loaded once, on demand (issue 18): about 125 KB of
 * registry code stays off slide 1's critical path, so the cover's figure (whose words a slide
 * may give, `text`) paints first. Once loaded, every later <Fact> reads it synchronously.
 * Server renders (scripts/prerender) and tests await `loadFactView()` before rendering.
 */
import type { ShallowRef } from 'vue'
import type { factView } from '../lib/fact-view'
import { onMounted, shallowRef } from 'vue'
import { afterFirstPaint } from './afterPaint'

type FactViewFn = typeof factView
const view = shallowRef<FactViewFn>()
let loading: Promise<FactViewFn> | undefined

/** Starts (once) loading the registries; resolves when <Fact> can read them. */
export function loadFactView(): Promise<FactViewFn> {
  loading ??= import('../lib/fact-view').then(m => (view.value = m.factView))
  return loading
}

/**
 * In a component: the registry reader, undefined until it has loaded. A component that can paint
 * without it (`canWait`: its words are given) asks for it after the first paint; else on mount.
 */
export function useFactView(canWait = false): ShallowRef<FactViewFn | undefined> {
  if (!view.value)
    onMounted(() => canWait ? afterFirstPaint(() => void loadFactView()) : void loadFactView())
  return view
}
