// Screenshot one deck URL in real Chromium: node scripts/shot.mjs <url> <out.png> [--dark] [--reduced] [--wait ms]
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, chromiumOrExit } from './chromium.mjs'

const [url, out, ...flags] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: node scripts/shot.mjs <url> <out.png> [--dark] [--reduced] [--wait ms]')
  process.exit(2)
}
const executablePath = chromiumOrExit()
const waitIndex = flags.indexOf('--wait')
const wait = waitIndex >= 0 ? Number(flags[waitIndex + 1]) : 1500
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
const page = await browser.newPage({
  viewport: { width: 1280, height: 720 },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  reducedMotion: flags.includes('--reduced') ? 'reduce' : 'no-preference',
})
page.on('console', m => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', e => console.error('pageerror:', e.message))
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(wait)
await page.screenshot({ path: out })
await browser.close()
console.log(`wrote ${out}`)
