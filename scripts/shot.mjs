// Screenshot one deck URL in real Chromium:
// node scripts/shot.mjs <url> <out.png> [--dark] [--reduced] [--wait ms] [--size 390x844] [--hover selector]
// --hover takes a Playwright selector (e.g. '.slidev-page-1 .fact >> nth=2') to hover before the shot.
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, chromiumOrExit } from './chromium.mjs'

const [url, out, ...flags] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: node scripts/shot.mjs <url> <out.png> [--dark] [--reduced] [--wait ms] [--size 390x844] [--hover selector]')
  process.exit(2)
}
const executablePath = chromiumOrExit()
const waitIndex = flags.indexOf('--wait')
const wait = waitIndex >= 0 ? Number(flags[waitIndex + 1]) : 1500
const sizeIndex = flags.indexOf('--size')
const [width, height] = sizeIndex >= 0 ? flags[sizeIndex + 1].split('x').map(Number) : [1280, 720]
if (!(width > 0 && height > 0)) {
  console.error(`--size takes WIDTHxHEIGHT, e.g. 390x844; got ${flags[sizeIndex + 1]}`)
  process.exit(2)
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
const page = await browser.newPage({
  viewport: { width, height },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  reducedMotion: flags.includes('--reduced') ? 'reduce' : 'no-preference',
})
page.on('console', m => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', e => console.error('pageerror:', e.message))
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(wait)
const hoverIndex = flags.indexOf('--hover')
if (hoverIndex >= 0) {
  await page.hover(flags[hoverIndex + 1])
  await page.waitForTimeout(300)
}
await page.screenshot({ path: out })
await browser.close()
console.log(`wrote ${out}`)
