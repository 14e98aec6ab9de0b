// `node scripts/og-image.mjs [--dist dist --base /] [--out public/og-image.png] [--dark]`: the social
// preview, slide 1 rendered offline at 1200×630 from the built site (built first unless --dist).
// The slide is 16:9, so it is scaled to the full height and the sides take the slide background.
import { resolve } from 'node:path'
import { argValue, builtSite, ROOT } from './bench-site.mjs'
import { openBuiltSite } from './built-site.mjs'
import { chromiumOrExit } from './chromium.mjs'

const OG_WIDTH = 1200
const OG_HEIGHT = 630

const argv = process.argv.slice(2)
const out = resolve(ROOT, argValue(argv, '--out', 'public/og-image.png'))
const executablePath = chromiumOrExit()

const base = argValue(argv, '--base', '/')
const site = builtSite(argValue(argv, '--dist'), base)
const { server, browser, close } = await openBuiltSite(site.dist, base, executablePath)
try {
  const page = await browser.newPage({
    viewport: { width: OG_WIDTH, height: OG_HEIGHT },
    colorScheme: argv.includes('--dark') ? 'dark' : 'light',
    reducedMotion: 'reduce', // the end state at once, no entrance
  })
  const blocked = []
  await page.route(url => !url.href.startsWith(server.url) && !url.href.startsWith('data:'), (route) => {
    blocked.push(route.request().url())
    return route.abort()
  })
  await page.goto(`${server.url}#/1`, { waitUntil: 'networkidle' })
  await page.locator('.slidev-page-1 h1').waitFor()
  // Letterbox in the slide's own background; no controls, cursor or progress bar.
  await page.addStyleTag({
    content: `:root { --slidev-slide-container-background: var(--c-bg); }
      html, body, #app, #page-root { background: var(--c-bg) !important; cursor: none !important; }
      nav, .slidev-nav-controls, #slidev-goto-dialog { display: none !important; }`,
  })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  await page.screenshot({ path: out, type: 'png' })
  if (blocked.length)
    console.error(`blocked ${blocked.length} request(s) off loopback:\n${blocked.join('\n')}`)
  console.log(`wrote ${out} (${OG_WIDTH}×${OG_HEIGHT})`)
}
finally {
  await close()
  site.cleanup()
}
