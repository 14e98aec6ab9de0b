/**
 * Charts drawn narrow, as in the reading view on a phone (~358 CSS px): ChartSvg measures its own
 * width with a ResizeObserver, so a fake one that reports the phone width turns every chart compact.
 * Call `useNarrowScreen()` at the top of a test file.
 */
import { afterEach, beforeEach, vi } from 'vitest'

export const PHONE_PX = 358

class NarrowObserver {
  constructor(private callback: ResizeObserverCallback) {}
  observe() {
    this.callback([{ contentRect: { width: PHONE_PX }, contentBoxSize: [{ inlineSize: PHONE_PX, blockSize: 0 }] } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver)
  }

  unobserve() {}
  disconnect() {}
}

export function useNarrowScreen(): void {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', NarrowObserver)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })
}
