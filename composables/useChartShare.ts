import type { MaybeRefOrGetter, Ref } from 'vue'
import { computed, ref, toValue } from 'vue'
import { injectChartStep } from './useChart'

export interface UseChartShareReturn {
  /** The chart's own page (scripts/chart-pages), at the step on screen. */
  href: Ref<string>
  /** True for two seconds after the link was copied. */
  copied: Ref<boolean>
  /** The link's click handler. */
  share: (event: MouseEvent) => void
}

/**
 * ChartFrame's Share link: the chart's own page at the step on screen. A click copies the link;
 * where the clipboard is refused or missing, the link opens the page instead.
 */
export function useChartShare(chartId: MaybeRefOrGetter<string>): UseChartShareReturn {
  const step = injectChartStep()
  const href = computed(() => `${import.meta.env.BASE_URL}charts/${toValue(chartId)}/${step ? `?step=${step.value}` : ''}`)
  const copied = ref(false)
  function share(event: MouseEvent) {
    if (!navigator.clipboard || !window.isSecureContext)
      return
    event.preventDefault()
    navigator.clipboard.writeText(new URL(href.value, location.href).href).then(() => {
      copied.value = true
      setTimeout(() => (copied.value = false), 2000)
    }, () => window.open(href.value, '_blank', 'noopener'))
  }
  return { href, copied, share }
}
