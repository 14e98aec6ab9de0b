/**
 * The first frame (scripts/first-frame): the built index.html carries slide 1 as plain HTML, so the
 * cover paints before the app's JavaScript has loaded. It must be the app's slide 1, pixel for
 * pixel, in both colour schemes; it must go once the app draws; and it must show only where the
 * app opens on slide 1 in the slide view.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeProblems, launchChromium, openTracked } from './deck'

const deckUrl = inject('deckUrl')
/** The app's entry module: blocked, the page stays as the visitor sees it before it arrives. */
const APP_ENTRY = /\/assets\/index-[^/]*\.js$/

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

async function withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', ...options })
  try {
    return await use(await context.newPage())
  }
  finally {
    await context.close()
  }
}

/** The page at `url` with the app's JavaScript held back. */
async function beforeTheApp(page: Page, url: string): Promise<void> {
  await page.route(APP_ENTRY, route => route.abort())
  await page.goto(url, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
}

/** The share of pixels that differ between two PNGs of one size, decoded in the page. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a64, b64]) => {
    async function pixels(base64: string) {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data
    }
    const [pa, pb] = await Promise.all([pixels(a64), pixels(b64)])
    if (pa.length !== pb.length)
      return 1
    let differing = 0
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 24)
        differing++
    }
    return differing / (pa.length / 4)
  }, [a.toString('base64'), b.toString('base64')] as const)
}

describe('the first frame', () => {
  it.each(['light', 'dark'] as const)('in the %s scheme, paints what the app paints at 1280×720, in its words, and goes when the app draws', async (colorScheme) => {
    const frame = await withPage({ colorScheme }, async (page) => {
      await beforeTheApp(page, deckUrl)
      await expect(page.locator('#first-frame h1').isVisible()).resolves.toBe(true)
      return { pixels: await page.screenshot(), words: await page.locator('#first-frame').innerText() }
    })
    const tracked = await openTracked(browser, inject('deckOrigin'), { colorScheme, reducedMotion: 'reduce' })
    try {
      const { page } = tracked
      await page.goto(deckUrl, { waitUntil: 'networkidle' })
      await page.locator('.slidev-page-1 .slidev-layout h1').waitFor({ state: 'visible' })
      await page.evaluate(() => document.fonts.ready)
      expect(await page.locator('.slidev-page-1 .slidev-layout').innerText()).toBe(frame.words)
      expect(await differingShare(page, frame.pixels, await page.screenshot())).toBeLessThan(0.001)
      // Gone, with its style and its mark on <html>: one slide 1, one h1.
      await expect(page.locator('#first-frame, #first-frame-style').count()).resolves.toBe(0)
      await expect(page.locator('h1').count()).resolves.toBe(1)
      expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--first-frame-scale'))).toBe('')
      expect(describeProblems(tracked.problems)).toBe('')
    }
    finally {
      await tracked.close()
    }
  })

  it('shows only where the app opens on the bare cover of the slide view', async () => {
    const expected = {
      '': true,
      '#/1': true,
      '#/5': false,
      '#/1?clicks=1': false,
      '#/presenter/1': false,
      '?print': false,
    }
    const shown: Record<string, boolean> = {}
    await withPage({}, async (page) => {
      await page.route(APP_ENTRY, route => route.abort())
      for (const suffix of Object.keys(expected)) {
        await page.goto('about:blank')
        await page.goto(`${deckUrl}${suffix}`, { waitUntil: 'domcontentloaded' })
        shown[suffix] = await page.locator('#first-frame').isVisible()
      }
    })
    expect(shown).toEqual(expected)
  })

  it('reads without JavaScript: the cover’s title and its figure', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(deckUrl, { waitUntil: 'domcontentloaded' })
      await expect(page.locator('#first-frame h1').isVisible()).resolves.toBe(true)
      expect(await page.locator('#first-frame').innerText()).toMatch(/\$590B/)
    })
  })
})
