/**
 * Slide numbers survive PDF export: every page of the bundled PDF but the cover carries its own
 * number in the bottom-right corner (styles/presenter.css), not "1" on every page as a global
 * layer would. Read with poppler's pdftotext when it is installed; the print view is checked always.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../browser/deck'

const PDF_NAME = 'deepseek-sputnik-moment.pdf'
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined

/** Text in the bottom-right corner of a PDF page (points; the page is 980×551 px = 735×413 pt). */
function cornerText(pdf: string, page: number, size: { width: number, height: number }): string {
  const [w, h] = [80, 41]
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-x', String(Math.floor(size.width - w)), '-y', String(Math.floor(size.height - h)), '-W', String(w), '-H', String(h), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim()
}

function pdfInfo(pdf: string): { pages: number, width: number, height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []
  return { pages, width: Number(width), height: Number(height) }
}

describe('slide numbers', () => {
  it('the print view stamps each slide with its own number, none on the cover', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 980, height: 551 } })
      await page.goto(`${inject('deckUrl')}?print=true#/print`, { waitUntil: 'networkidle' })
      await page.locator('.print-slide-container').first().waitFor()
      const stamps = await page.locator('.print-slide-container .slidev-page').evaluateAll(pages => pages.map(p => ({
        no: p.getAttribute('data-slidev-no'),
        content: getComputedStyle(p, '::after').content,
      })))
      expect(stamps.length).toBeGreaterThan(1)
      const wrong = stamps
        .filter(s => s.content !== (s.no === '1' ? 'none' : `"${s.no}"`))
        .map(s => `slide ${s.no} shows ${s.content}`)
      expect(wrong).toEqual([])
    }
    finally {
      await browser.close()
    }
  })

  it.skipIf(!hasPdftotext)('the bundled PDF prints page N on page N', () => {
    const pdf = join(inject('deckDist'), PDF_NAME)
    expect(existsSync(pdf), `${pdf} exists`).toBe(true)
    const info = pdfInfo(pdf)
    expect(info.pages).toBeGreaterThan(1)
    const wrong: string[] = []
    for (let n = 1; n <= info.pages; n++) {
      const text = cornerText(pdf, n, info)
      if (text !== (n === 1 ? '' : String(n)))
        wrong.push(`page ${n}: corner reads ${JSON.stringify(text)}`)
    }
    expect(wrong).toEqual([])
  })
})
