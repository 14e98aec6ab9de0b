import type { ComputedRef, InjectionKey, Ref } from 'vue'
import type { ChartWidthOptions } from '../lib/chart-layout'
import { computed, hasInjectionContext, inject, provide, ref } from 'vue'
import { CHART_WIDTH, chartViewWidth } from '../lib/chart-layout'

/**
 * A chart's measured size, shared between the chart component, its <ChartSvg> (which measures
 * the SVG's rendered width) and the kit pieces inside it (ChartGrid, ChartAxis).
 *
 * In a chart component, before drawing:
 *
 *     const { width, compact } = useChartLayout()
 *     // lay out for `width` viewBox units instead of 880; when `compact`, stack and shorten
 *     <ChartSvg :chart="chart" :width="width" :height="compact ? 420 : 296">
 *
 * A chart that does not call it still gets one from ChartSvg (it always measures), so kit
 * pieces can thin their labels; only a chart that passes `width` changes its viewBox.
 */
export interface ChartLayout {
  /** The viewBox width to lay out in: 880, or narrower when compact. */
  width: ComputedRef<number>
  /** Drawn so narrow that 16-unit text would fall under 12 CSS px at the full width. */
  compact: ComputedRef<boolean>
  /** The SVG's rendered width in CSS px, untransformed (a scaled slide still reads 880); 0 until measured. */
  measured: Ref<number>
  /** CSS px per viewBox unit at `width` (1 until measured). */
  pxPerUnit: ComputedRef<number>
}

const CHART_LAYOUT: InjectionKey<ChartLayout> = Symbol('chart-layout')
const FIXED_WIDTH: InjectionKey<number> = Symbol('chart-fixed-width')

/**
 * Prerendering (scripts/prerender/): every chart below lays out at this viewBox width instead of
 * measuring itself, since a server render has no size to measure.
 */
export function provideFixedChartWidth(width: number): void {
  provide(FIXED_WIDTH, width)
}

/** A layout without providing it (ChartSvg's fallback). */
export function createChartLayout(options: ChartWidthOptions = {}): ChartLayout {
  const measured = ref(0)
  const full = options.full ?? CHART_WIDTH
  const fixed = hasInjectionContext() ? inject(FIXED_WIDTH, null) : null
  const width = computed(() => fixed ?? chartViewWidth(measured.value, options))
  return {
    width,
    compact: computed(() => width.value < full),
    measured,
    pxPerUnit: computed(() => (measured.value > 0 ? measured.value / width.value : 1)),
  }
}

/** Creates the chart's layout and shares it with its ChartSvg and kit pieces. Call in setup. */
export function useChartLayout(options: ChartWidthOptions = {}): ChartLayout {
  const layout = createChartLayout(options)
  provide(CHART_LAYOUT, layout)
  return layout
}

/**
 * The chart's geometry at the width it is drawn (`chart.layout(width)` from its definition), and
 * that width, with the layout shared as useChartLayout shares it. Call in setup:
 * `const { geo, width } = useChartGeometry(chart)`.
 */
export function useChartGeometry<Geometry>(chart: { layout: (width: number) => Geometry }): { geo: ComputedRef<Geometry>, width: ComputedRef<number> } {
  const { width } = useChartLayout()
  return { geo: computed(() => chart.layout(width.value)), width }
}

/** The layout of the chart being drawn, if any (ChartSvg, ChartGrid, ChartAxis). */
export function injectChartLayout(): ChartLayout | null {
  return hasInjectionContext() ? inject(CHART_LAYOUT, null) : null
}

/** For ChartSvg: the chart's layout when it made one, else a fresh one, shared with the kit inside. */
export function provideChartLayout(): ChartLayout {
  const own = injectChartLayout()
  const layout = own ?? createChartLayout()
  if (!own)
    provide(CHART_LAYOUT, layout)
  return layout
}

const CHART_VIEW: InjectionKey<ComputedRef<number>> = Symbol('chart-view-width')

/** ChartSvg: its viewBox width, for the kit pieces drawn inside it. */
export function provideChartViewWidth(width: ComputedRef<number>): void {
  provide(CHART_VIEW, width)
}

/** The viewBox width of the ChartSvg being drawn into (880 outside one). */
export function injectChartViewWidth(): ComputedRef<number> | null {
  return hasInjectionContext() ? inject(CHART_VIEW, null) : null
}
