import type { Ref } from 'vue'
import { onBeforeUnmount, ref, watch } from 'vue'
import { placeTipInSlide } from './tipPlacement'

export interface TapTip {
  /** Opened by a tap: stays open until a second tap, a tap elsewhere or Escape. */
  pinned: Ref<boolean>
  /** Closed by Escape or a second tap while hovered or focused (WCAG 1.4.13: dismissible). */
  dismissed: Ref<boolean>
  /** Bind on the wrapper with `v-bind="handlers"`: the on… keys are Vue listeners (onClickCapture listens in the capture phase). */
  handlers: {
    onPointerdown: (event: PointerEvent) => void
    onClickCapture: (event: MouseEvent) => void
    onMouseenter: () => void
    onMouseleave: () => void
    onFocusin: () => void
    onFocusout: (event: FocusEvent) => void
    onKeydown: (event: KeyboardEvent) => void
  }
}

/**
 * The tooltip behaviour Fact and Term share. A mouse shows the tip on hover and keyboard focus
 * shows it on focus (CSS, :hover and :focus-within); this adds touch, where there is no hover:
 * the first tap on the word opens its tip instead of following the link, a second tap closes it,
 * as does a tap anywhere else; Escape closes it in every case. Each time it opens, the tip is
 * placed to stay inside the slide (composables/tipPlacement.ts).
 */
export function useTapTip(root: Ref<HTMLElement | null>): TapTip {
  const pinned = ref(false)
  const dismissed = ref(false)
  let pointerType = ''
  let listening = false

  function onDocumentPointer(event: Event) {
    if (root.value && !root.value.contains(event.target as Node)) {
      pinned.value = false
      dismissed.value = true
    }
  }
  function onDocumentKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      pinned.value = false
      dismissed.value = true
    }
  }
  function listen(on: boolean) {
    if (on === listening || typeof document === 'undefined')
      return
    listening = on
    const method = on ? 'addEventListener' : 'removeEventListener'
    document[method]('pointerdown', onDocumentPointer, true)
    document[method]('keydown', onDocumentKey as EventListener, true)
  }

  let hovered = false
  let focused = false
  const sync = () => {
    const open = pinned.value || hovered || focused
    if (open && root.value)
      placeTipInSlide(root.value)
    listen(open)
  }
  watch(pinned, sync)
  onBeforeUnmount(() => listen(false))

  return {
    pinned,
    dismissed,
    handlers: {
      onPointerdown(event) {
        pointerType = event.pointerType
      },
      onClickCapture(event) {
        const touch = pointerType === 'touch' || pointerType === 'pen'
        pointerType = ''
        if (!touch)
          return
        // Links inside an open tip (the source) work as links.
        if ((event.target as Element | null)?.closest?.('[role="tooltip"]'))
          return
        event.preventDefault()
        const open = !pinned.value || dismissed.value
        pinned.value = open
        dismissed.value = !open
      },
      onMouseenter() {
        hovered = true
        if (!pinned.value)
          dismissed.value = false
        sync()
      },
      onMouseleave() {
        hovered = false
        if (!pinned.value)
          dismissed.value = false
        sync()
      },
      onKeydown: onDocumentKey,
      onFocusin() {
        focused = true
        sync()
      },
      onFocusout(event) {
        if (root.value?.contains(event.relatedTarget as Node | null))
          return
        focused = false
        if (!pinned.value)
          dismissed.value = false
        sync()
      },
    },
  }
}
