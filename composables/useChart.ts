import type { InjectionKey, MaybeRefOrGetter, Ref } from 'vue'
import type { ChartDefinition, ChartState } from '../lib/chart'
import { computed, getCurrentInstance, hasInjectionContext, inject, provide, toValue } from 'vue'
import { useEntrance } from './useEntrance'
import { useTween } from './useTween'

export interface UseChartReturn<Row extends object, Step> {
  /** The definition's state at the current click count (clamped). */
  state: Ref<ChartState<Row, Step>>
  /** 0 → 1 as the slide is entered live; 1 in print, previews and under reduced motion. */
  entrance: Ref<number>
  /** Per row: 0 → 1 as its mark is revealed, 1 → 0 as it is hidden (stepping back). */
  fades: Ref<number[]>
  /** A row's opacity: its fade times the entrance. */
  opacity: (rowIndex: number) => number
  /** Tweens any number or number array the same way (call it in setup). */
  tween: typeof useTween
}

const CHART_STEP: InjectionKey<Ref<number>> = Symbol('chart-step')

/** The step the enclosing chart is drawn at (ChartFrame's Share link carries it), or null. */
export function injectChartStep(): Ref<number> | null {
  return hasInjectionContext() ? inject(CHART_STEP, null) : null
}

/**
 * The one motion composable of the chart kit: a chart's state from its definition, plus the
 * entrance, per-row fades and tweens. Every part stays still (jumps to the target) in print,
 * the overview, the next-slide preview and under reduced motion.
 */
export function useChart<Row extends object, Step>(chart: ChartDefinition<Row, Step>, clicks: MaybeRefOrGetter<number>): UseChartReturn<Row, Step> {
  const state = computed(() => chart.at(toValue(clicks)))
  if (getCurrentInstance())
    provide(CHART_STEP, computed(() => state.value.index))
  const entrance = useEntrance()
  const fades = useTween(() => state.value.shown.map(shown => (shown ? 1 : 0)))
  return {
    state,
    entrance,
    fades,
    opacity: rowIndex => (fades.value[rowIndex] ?? 0) * entrance.value,
    tween: useTween,
  }
}
