/**
 * Every chart's data is downloadable from the built site under its sub-path (/deck/): each
 * chart in lib/charts/ is at data/<id>.csv with status 200, and its rows are the
 * rows the chart draws. Every CSV link a chart frame shows on a slide resolves too.
 * Both PDFs the build writes (the slides, the speaker handout) are in the site and linked.
 */
import type { Browser } from 'playwright-chromium'
import type { TrackedPage } from './deck'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { charts } from '../../lib/charts/index'
import { csvSourceLine } from '../../lib/dataset-csv'
import { HANDOUT_PDF } from '../../lib/downloads'
import { getFact } from '../../lib/facts'
import { sourcesOf } from '../../lib/sources'
import { expectedCells, parseCsv } from '../tooling/csv-read'
import { describeProblems, launchChromium, loadSlides, openTracked } from './deck'

const datasets = charts.map(c => c.dataset)
const SLIDES_PDF = `${readFileSync(join(import.meta.dirname, '../../slides.md'), 'utf8').match(/^exportFilename:\s*(\S+)/m)?.[1]}.pdf`

describe('the two PDFs in the built deck', () => {
  const deckUrl = inject('deckUrl')

  it.each([SLIDES_PDF, HANDOUT_PDF])('%s is in the build and served as a PDF under the base path', async (name) => {
    const res = await fetch(`${deckUrl}${name}`)
    expect(res.status).toBe(200)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(50_000)
  })

  it('the slide view links both: Slidev’s download button and the handout link', async () => {
    const browser = await launchChromium()
    const tracked = await openTracked(browser, inject('deckOrigin'))
    try {
      const { page } = tracked
      await page.goto(`${deckUrl}#/1`, { waitUntil: 'networkidle' })
      await expect(page.locator('button[title="Download as PDF"]').count()).resolves.toBe(1)
      const link = page.locator(`a[download][href$="${HANDOUT_PDF}"]`)
      await expect(link.count()).resolves.toBe(1)
      expect(await link.evaluate(el => (el as HTMLAnchorElement).href)).toBe(`${deckUrl}${HANDOUT_PDF}`)
      expect(describeProblems(tracked.problems)).toBe('')
    }
    finally {
      await tracked.close()
      await browser.close()
    }
  })
})

describe('CSV downloads in the built deck', () => {
  const deckUrl = inject('deckUrl')

  it('serves under the deck’s base path, not at the site root', () => {
    expect(new URL(deckUrl).pathname).toBe('/deck/')
  })

  it.each(datasets.map(d => [d.id, d] as const))('data/%s.csv returns 200 with the chart’s rows', async (id, dataset) => {
    const res = await fetch(`${deckUrl}data/${id}.csv`)
    expect(res.status).toBe(200)
    const parsed = parseCsv(await res.text())
    expect(parsed.comments[0]).toBe(dataset.title)
    const firstSource = sourcesOf(getFact(dataset.factIds[0]!))[0]!
    expect(parsed.comments).toContain(csvSourceLine(firstSource))
    expect(parsed.rows).toEqual(expectedCells(dataset))
  })

  it('an unknown dataset is a 404, not the deck’s index page', async () => {
    const res = await fetch(`${deckUrl}data/no-such-dataset.csv`)
    expect(res.status).toBe(404)
  })

  describe('links on the slides', () => {
    let browser: Browser
    let tracked: TrackedPage
    const hrefs = new Set<string>()

    beforeAll(async () => {
      browser = await launchChromium()
      tracked = await openTracked(browser, inject('deckOrigin'))
      const { page } = tracked
      for (const s of (await loadSlides()).filter(x => x.hasChart)) {
        await page.goto(`${deckUrl}#/${s.no}`, { waitUntil: 'networkidle' })
        const scope = page.locator(`.slidev-page-${s.no}`)
        await scope.waitFor({ state: 'visible' })
        await page.locator(`.slidev-page-${s.no} .slidev-slide-loading`).waitFor({ state: 'detached' })
        for (const a of await scope.locator('a[download][href$=".csv"]').all())
          hrefs.add(await a.evaluate(el => (el as HTMLAnchorElement).href))
      }
    })

    afterAll(async () => {
      await tracked?.close()
      await browser?.close()
    })

    it('every chart frame links its CSV inside the base path, and the link works', async () => {
      expect(hrefs.size).toBeGreaterThan(0)
      for (const href of hrefs) {
        expect(href.startsWith(`${deckUrl}data/`), href).toBe(true)
        expect((await fetch(href)).status, href).toBe(200)
      }
      const linked = [...hrefs].map(h => h.slice(`${deckUrl}data/`.length, -'.csv'.length)).sort()
      expect(datasets.map(d => d.id)).toEqual(expect.arrayContaining(linked))
    })

    it('loading the chart slides raised no console error or failed request', () => {
      expect(describeProblems(tracked.problems)).toBe('')
    })
  })
})
