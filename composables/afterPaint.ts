/**
 * For work a slide does not need to show itself (the neighbours' code, the fact registries):
 * run it once the page has painted its first content and the browser is idle, so it never
 * delays slide 1's first paint nor lengthens a click's task.
 */

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => fn(), { timeout: 1000 })
  else
    setTimeout(fn, 50)
}

/** The page has painted its first content (a browser with paint timing; never in a server render or test DOM). */
export function hasPainted(): boolean {
  return typeof performance !== 'undefined' && (performance.getEntriesByName?.('first-contentful-paint').length ?? 0) > 0
}

/** Runs `fn` after the first contentful paint (or the load event, where paint timing is missing), when idle. */
export function afterFirstPaint(fn: () => void): void {
  if (typeof window === 'undefined')
    return
  if (hasPainted())
    return whenIdle(fn)
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver(() => {
      if (!hasPainted())
        return
      observer.disconnect()
      whenIdle(fn)
    })
    observer.observe({ type: 'paint', buffered: true })
  }
  else if (document.readyState === 'complete') {
    whenIdle(fn)
  }
  else {
    addEventListener('load', () => whenIdle(fn), { once: true })
  }
}
