// Reads slide 1 as the built deck draws it, in Chromium, for the first frame (inject.mjs): the
// cover's markup with Slidev's own wrappers and scoped-style attributes, the colour tokens the app
// injects at start-up (styles/palette.ts), and the font files the cover loaded.
import { openBuiltSite } from '../built-site.mjs'

/** Runs in the page: a copy of the slide that no app code or probe takes for the live slide. */
function copyCover(prefix) {
  const content = document.getElementById('slide-content')
  const copy = content.cloneNode(true)
  // Ids, and the attributes that point at them, get a prefix: until the remover runs (inject.mjs),
  // the copy and the app's slide 1 are both in the page.
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    if (el.id)
      el.id = prefix + el.id
    for (const name of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
      if (el.hasAttribute(name))
        el.setAttribute(name, el.getAttribute(name).split(/\s+/).map(id => prefix + id).join(' '))
    }
  }
  // `.slidev-page-1` is what the app, the tests and the bench look for as the live slide 1.
  copy.querySelector('.slidev-page-1')?.classList.remove('slidev-page-1')
  // The scale comes from the page's own width (inject.mjs), not the capture's 1280×720.
  copy.style.removeProperty('--slidev-slide-scale')
  const fonts = performance.getEntriesByType('resource').map(e => e.name).filter(name => /\.woff2(?:$|\?)/.test(name))
  return {
    html: copy.outerHTML,
    width: content.offsetWidth,
    height: content.offsetHeight,
    paletteCss: document.querySelector('style[data-palette]')?.textContent ?? '',
    fonts: fonts.map(url => new URL(url).pathname),
  }
}

/**
 * Slide 1 of the site in `dist` (built for `base`), drawn at 1280×720 in the light scheme. The
 * markup is colour-free (tokens, `html.dark`), so one copy serves both schemes.
 * @param {string} dist
 * @param {string} base
 * @param {string} executablePath Chromium
 * @returns {Promise<{ html: string, width: number, height: number, paletteCss: string, fonts: string[] }>}
 *   fonts by path under the base, as Vite writes every asset URL (`/deck/assets/….woff2`), so
 *   404.html, served on any path, finds them too
 */
export async function captureCover(dist, base, executablePath) {
  const { server, browser, close } = await openBuiltSite(dist, base, executablePath)
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', reducedMotion: 'reduce' })
    await page.goto(`${server.url}#/1`, { waitUntil: 'networkidle' })
    await page.locator('#slide-content .slidev-page-1 .slidev-layout h1').waitFor({ state: 'visible', timeout: 30_000 })
    await page.evaluate(() => document.fonts.ready)
    const cover = await page.evaluate(copyCover, 'first-frame-')
    return { ...cover, fonts: cover.fonts.filter(path => path.startsWith(base)) }
  }
  finally {
    await close()
  }
}
