// A built site served on loopback (static-server.mjs) with a Chromium to open it: how the build's
// browser steps (first frame, handout, chart images) and og-image.mjs look at a build.
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

/**
 * Serves `dist` under `base` and launches Chromium; `close()` stops both. A Chromium that fails to
 * start leaves no server behind.
 * @param {string} dist
 * @param {string} base
 * @param {string} executablePath
 */
export async function openBuiltSite(dist, base, executablePath) {
  const server = await serveStatic(dist, base)
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    return { server, browser, close: async () => {
      await browser.close()
      await server.close()
    } }
  }
  catch (error) {
    await server.close()
    throw error
  }
}
