import { chromium } from 'playwright-chromium'
const [base, outDir, scheme = 'light'] = process.argv.slice(2)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 980, height: 551 }, colorScheme: scheme })
const errs = []
p.on('console', m => m.type() === 'error' && errs.push(m.text()))
p.on('pageerror', e => errs.push(e.message))
await p.goto(base + '#/1', { waitUntil: 'networkidle' })
if (scheme === 'dark') { await p.keyboard.press('d') }
await p.waitForTimeout(1500)
let prevSlide = null, prevUrl = null
for (let i = 0; i < 400; i++) {
  const url = p.url()
  const m = /#\/(\d+)(?:\?clicks=(\d+))?/.exec(url)
  const slide = m ? m[1] : '1', clicks = m && m[2] ? m[2] : '0'
  if (slide !== prevSlide) {
    await p.waitForTimeout(900)
    await p.screenshot({ path: `${outDir}/s${slide.padStart(2, '0')}-first.png` })
  }
  prevSlide = slide
  await p.keyboard.press('ArrowRight')
  await p.waitForTimeout(250)
  const m2 = /#\/(\d+)/.exec(p.url())
  if (p.url() === url) { await p.waitForTimeout(900); await p.screenshot({ path: `${outDir}/s${slide.padStart(2, '0')}-last.png` }); break }
  if (m2 && m2[1] !== slide) {
    // went to next slide: go back to capture the last state of this one
    await p.keyboard.press('ArrowLeft'); await p.waitForTimeout(1000)
    await p.screenshot({ path: `${outDir}/s${slide.padStart(2, '0')}-last.png` })
    await p.keyboard.press('ArrowRight'); await p.waitForTimeout(300)
  }
}
console.log('errors:', errs.length, errs.slice(0, 10))
await b.close()
