/**
 * Splits a slide's arrival into two short tasks instead of one long one (issue 18: no click
 * task over 50 ms): a heavy part of a slide (a chart's marks, the second half of a long table)
 * is drawn in the task after the slide's first frame. Only for a slide reached after the page
 * has painted (a click, not the first load); print, export and server renders draw at once,
 * so their final state never waits.
 */
import type { Ref } from 'vue'
import { onMounted, ref } from 'vue'
import { hasPainted } from './afterPaint'
import { useIsPrint } from './deck'

/** True when the deferred part may be drawn: at once, or a frame after mounting. */
export function useDeferredDraw(): Ref<boolean> {
  const isPrint = useIsPrint()
  const ready = ref(isPrint.value || typeof window === 'undefined' || !hasPainted())
  if (!ready.value) {
    onMounted(() => requestAnimationFrame(() => setTimeout(() => {
      ready.value = true
    })))
  }
  return ready
}
