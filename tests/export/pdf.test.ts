/**
 * The PDF a reader downloads: `npm run export -- --output <tmp>` (run once by global-setup.ts, whose
 * kept site also serves the root-base check) writes one page per slide with text on every page;
 * the copy bundled by the build matches it and the site's download button serves it; and the print
 * view the exporter photographs shows every chart in its final state at once (nothing half-drawn).
 * Needs poppler-utils (pdfinfo, pdftotext); .ci/run installs it.
 */
import type { Browser } from 'playwright-chromium'
import type { SlideInfo } from '../browser/deck'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildError } from '../browser/built'
import { describeProblems, launchChromium, loadChartSpecs, loadSlides, openTracked, readCharts } from '../browser/deck'

const PDF_NAME = 'deepseek-sputnik-moment.pdf'

function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (sudo apt-get install -y poppler-utils)`)
    throw error
  }
}

function pageCount(pdf: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [pdf]))
  if (!match)
    throw new Error(`pdfinfo printed no page count for ${pdf}`)
  return Number(match[1])
}

describe('the exported PDF', () => {
  const work = mkdtempSync(join(tmpdir(), 'deck-pdf-test-'))
  const exported = inject('exportedPdf')
  let slides: SlideInfo[]
  let browser: Browser

  beforeAll(async () => {
    slides = await loadSlides()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('`npm run export -- --output <path>` writes one page per slide', async () => {
    expect(await buildError('export'), 'npm run export').toBe('')
    expect(pageCount(exported)).toBe(slides.length)
  })

  it('every page has text', async () => {
    expect(await buildError('export'), 'npm run export').toBe('')
    const blank = slides
      .filter(s => poppler('pdftotext', ['-f', String(s.no), '-l', String(s.no), '-layout', exported, '-']).trim() === '')
      .map(s => `page ${s.no} (${s.file}: ${s.title}) has no text`)
    expect(blank).toEqual([])
  })

  it('the build bundles the same PDF and its download button serves it', async () => {
    expect(pageCount(resolve(inject('deckDist'), PDF_NAME)), 'dist PDF pages').toBe(slides.length)
    const tracked = await openTracked(browser, inject('deckOrigin'), { acceptDownloads: true })
    try {
      const { page } = tracked
      await page.goto(`${inject('deckUrl')}#/1`, { waitUntil: 'networkidle' })
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[title="Download as PDF"]').click(),
      ])
      expect(download.url()).toBe(`${inject('deckUrl')}${PDF_NAME}`)
      const saved = join(work, 'downloaded.pdf')
      await download.saveAs(saved)
      expect(pageCount(saved), 'downloaded PDF pages').toBe(slides.length)
      expect(describeProblems(tracked.problems)).toBe('')
    }
    finally {
      await tracked.close()
    }
  })

  it('the print view shows every slide, and every chart at its last step, without waiting', async () => {
    const specs = loadChartSpecs()
    const tracked = await openTracked(browser, inject('deckOrigin'))
    try {
      const { page } = tracked
      // The exporter's own URL for hash routing (@slidev/cli export: `${base}?print=true#print`):
      // print mode is read from location.search, the route from the hash.
      await page.goto(`${inject('deckUrl')}?print=true#/print`, { waitUntil: 'networkidle' })
      await expect.poll(() => page.locator('.print-slide-container').count(), { timeout: 30_000 }).toBe(slides.length)
      // Like the exporter: every lazily loaded slide has replaced its loading placeholder.
      await expect.poll(() => page.locator('.slidev-slide-loading').count(), { timeout: 60_000 }).toBe(0)
      const charts = await readCharts(page, '.print-slide-container')
      const wrong = charts
        .map(c => ({ ...c, spec: specs.get(c.chartId) }))
        .filter(c => !c.spec || c.shown !== c.spec.marksAtStep(c.spec.steps - 1))
        .map(c => c.spec
          ? `chart "${c.chartId}" prints ${c.shown} marks, its last step has ${c.spec.marksAtStep(c.spec.steps - 1)}`
          : `svg[data-chart="${c.chartId}"] has no chart definition in lib/charts/`)
      expect(wrong).toEqual([])
      expect(charts.map(c => c.chartId).sort(), 'every chart is printed').toEqual(expect.arrayContaining([...specs.keys()]))
      expect(describeProblems(tracked.problems)).toBe('')
    }
    finally {
      await tracked.close()
    }
  })
})
