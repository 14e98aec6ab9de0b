/**
 * A reader who asks for reduced motion gets every chart's end state at once: walking the built
 * deck with `reducedMotion: 'reduce'`, each chart's marks right after the key press are the
 * same as 400 ms later (no tween). axe runs at every slide's last click too.
 */
import type { Browser } from 'playwright-chromium'
import type { AxeFinding } from './a11y-helpers'
import type { TrackedPage } from './deck'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { afterPaint, describeFinding, isBlocking, lastClicks, readMarkGeometry, runAxe } from './a11y-helpers'
import { launchChromium, openTracked, walkDeck } from './deck'

// Our tweens run 700–900 ms: a chart still moving 400 ms after the key press would differ by then.
const LATER_MS = 400
// Two walks of the whole deck, pausing a second at every chart.
const WALK_TIMEOUT_MS = 900_000

interface Moved {
  at: string
  chart: string
  before: string
  after: string
}

describe('reduced motion', () => {
  let browser: Browser
  let tracked: TrackedPage
  const moved: Moved[] = []
  const blocking: string[] = []
  let chartStops = 0

  beforeAll(async () => {
    browser = await launchChromium()
    tracked = await openTracked(browser, inject('deckOrigin'), { reducedMotion: 'reduce' })
    const { page } = tracked
    const deckUrl = inject('deckUrl')
    const last = lastClicks(await walkDeck(page, deckUrl))
    await walkDeck(page, deckUrl, async ({ slide, clicks }) => {
      const scope = `.slidev-page-${slide}`
      const at = `#/${slide}?clicks=${clicks}`
      await page.locator(scope).waitFor({ state: 'visible' })
      await page.locator(`${scope} .slidev-slide-loading`).waitFor({ state: 'detached' })
      await afterPaint(page)
      const now = await readMarkGeometry(page, scope)
      if (Object.keys(now).length > 0) {
        chartStops++
        await page.waitForTimeout(LATER_MS)
        const later = await readMarkGeometry(page, scope)
        for (const chart of new Set([...Object.keys(now), ...Object.keys(later)])) {
          const a = now[chart] ?? []
          const b = later[chart] ?? []
          const i = Array.from({ length: Math.max(a.length, b.length) }, (_, k) => k).find(k => a[k] !== b[k])
          if (i !== undefined)
            moved.push({ at, chart, before: `mark ${i}: ${a[i]}`, after: `mark ${i}: ${b[i]}` })
        }
      }
      if (last.get(slide) === clicks) {
        const findings: AxeFinding[] = await runAxe(page, { include: scope })
        blocking.push(...findings.filter(isBlocking).map(f => describeFinding(at, f)))
      }
    })
  }, WALK_TIMEOUT_MS)

  afterAll(async () => {
    await tracked?.close()
    await browser?.close()
  })

  it('finds charts to check', () => {
    expect(chartStops).toBeGreaterThan(0)
  })

  it('shows each chart\'s end state right after the key press, with no tween', () => {
    expect(moved.map(m => `${m.at} ${m.chart} moved\n  then ${m.before}\n  ${LATER_MS} ms later ${m.after}`)).toEqual([])
  })

  it('has no serious or critical axe violation at any slide\'s last click', () => {
    expect(blocking).toEqual([])
  })
})
