// temp helper (acts 1–2): screenshot after the slide's h1 is visible. Deleted after use.
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'
const jobs = process.argv.slice(2) // "slide:clicks:dark"
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
for (const job of jobs) {
  const [slide, clicks, dark] = job.split(':')
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: dark ? 'dark' : 'light' })
  page.on('pageerror', e => !/milestoneLayout/.test(e.message) && console.error(job, 'pageerror:', e.message))
  page.on('console', m => m.type() === 'error' && console.error(job, 'console:', m.text().slice(0, 200)))
  try {
    await page.goto(`http://localhost:3030/#/${slide}?clicks=${clicks}`, { timeout: 120000 })
    await page.locator(`.slidev-page-${slide} h1`).first().waitFor({ timeout: 120000 })
    await page.waitForTimeout(2500)
    const out = `/tmp/q${slide}-${clicks}${dark ? '-dark' : ''}.png`
    await page.screenshot({ path: out })
    console.log('wrote', out)
  }
  catch (e) { console.error(job, 'FAILED', e.message.split('\n')[0]) }
  await page.close()
}
await browser.close()
