import type { Server } from 'node:http'
/**
 * The chart pages of the built site (scripts/chart-pages): one per chart definition, readable
 * with JavaScript off, with downloads that exist, an embed that sizes itself inside a page of
 * another origin, and `?step=` links that draw the slide's state at that click.
 */
import type { Browser, Page } from 'playwright-chromium'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FACTS_CHECKED } from '../../data/checked'
import { uniqueSources } from '../../lib/chart-pages'
import { charts } from '../../lib/charts/index'
import { getFact } from '../../lib/facts'
import { formatDate } from '../../lib/format'
import { publisherLabel, sourcesOf } from '../../lib/sources'
import { describeProblems, launchChromium, openTracked } from './deck'

const deckUrl = inject('deckUrl')
const deckOrigin = inject('deckOrigin')
const dist = inject('deckDist')
const pageUrl = (id: string, query = '') => `${deckUrl}charts/${id}/${query}`
const lastStep = (id: string) => charts.find(c => c.id === id)!.steps.length - 1

/** Marks shown in the figure on stage, in whichever width variant the screen shows. */
function shownMarks(page: Page | ReturnType<Page['frameLocator']>, id: string) {
  return page.locator(`[data-stage] svg[data-chart="${id}"]:visible .mark[data-shown="true"]`).count()
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('chart pages', () => {
  it('exist for every chart definition, listed on charts/index.html', () => {
    const list = readFileSync(join(dist, 'charts/index.html'), 'utf8')
    for (const { id } of charts) {
      for (const file of ['index.html', 'embed.html', `${id}.svg`, `${id}.png`])
        expect(existsSync(join(dist, 'charts', id, file)), `charts/${id}/${file}`).toBe(true)
      expect(list).toContain(`href="${id}/"`)
    }
  })

  it('read completely with JavaScript off: chart, source, date, citation, downloads', async () => {
    const { page, problems, close } = await openTracked(browser, deckOrigin, { javaScriptEnabled: false })
    try {
      for (const chart of charts) {
        await page.goto(pageUrl(chart.id))
        await expect(page.locator(`[data-stage] svg[data-chart="${chart.id}"]:visible`).count(), chart.id).resolves.toBe(1)
        expect(await shownMarks(page, chart.id), chart.id).toBe(chart.spec.marksAtStep(999999))
        await expect(page.locator('[data-stage] .chart-source:visible').textContent()).resolves.toMatch(/^Sources?: /)
        const listed = await page.locator('.sources').textContent()
        for (const source of uniqueSources(chart.dataset.factIds.map(getFact).flatMap(sourcesOf)))
          expect(listed, `${chart.id}: ${source.id}`).toContain(publisherLabel(source))
        expect(await page.locator('.sources a').count()).toBeGreaterThan(0)
        await expect(page.locator('.checked').textContent()).resolves.toContain(formatDate(FACTS_CHECKED.date))
        const cite = await page.locator('#cite-text').textContent()
        expect(cite).toContain(chart.title.slice(0, 20))
        expect(cite).toContain(`/deck/charts/${chart.id}/`)
        await expect(page.locator('#cite-bibtex').textContent()).resolves.toMatch(/^@misc\{/)
        expect(await page.locator('table tbody tr').count()).toBe(chart.rows.length)
        for (const [ext, type] of [['svg', 'image/svg+xml'], ['png', 'image/png'], ['csv', 'text/csv']]) {
          const href = await page.locator(`.downloads a[href$=".${ext}"]`).getAttribute('href')
          const res = await page.request.get(new URL(href!, page.url()).href)
          expect(res.status(), `${chart.id} ${ext}`).toBe(200)
          expect(res.headers()['content-type'], `${chart.id} ${ext}`).toContain(type)
          if (ext === 'svg') {
            const text = await res.text()
            expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="/)
            expect(text).not.toMatch(/\sviewbox=/)
          }
        }
      }
      expect(describeProblems(problems)).toBe('')
    }
    finally {
      await close()
    }
  })

  it('draw each build step by ?step=, and the finished chart for a bad step', async () => {
    const { page, problems, close } = await openTracked(browser, deckOrigin)
    try {
      // Every chart at its first and last step; the bad values spread over the charts, each used.
      const bads = ['-1', '99', 'abc', '']
      for (const [i, chart] of charts.entries()) {
        const last = lastStep(chart.id)
        for (const step of new Set([0, last])) {
          await page.goto(pageUrl(chart.id, `?step=${step}`), { waitUntil: 'domcontentloaded' })
          await page.locator(`[data-stage][data-step="${step}"]`).waitFor({ state: 'attached' })
          expect(await shownMarks(page, chart.id), `${chart.id} step ${step}`).toBe(chart.spec.marksAtStep(step))
          await expect(page.locator('[data-notice]').isHidden()).resolves.toBe(true)
        }
        for (const bad of [bads[i % bads.length]]) {
          await page.goto(`${deckUrl}charts/${chart.id}/embed.html?step=${bad}`, { waitUntil: 'domcontentloaded' })
          await page.locator('body.embed').waitFor()
          expect(await shownMarks(page, chart.id), `${chart.id} step=${bad}`).toBe(chart.spec.marksAtStep(last))
          await expect(page.locator('[data-notice]').isVisible(), `notice for step=${bad}`).resolves.toBe(bad !== '')
        }
      }
      // The citation carries the address the page is served at, made absolute by the script.
      await page.goto(pageUrl(charts[0].id))
      await expect(page.locator('#cite-text').textContent()).resolves.toContain(pageUrl(charts[0].id))
      expect(describeProblems(problems)).toBe('')
    }
    finally {
      await close()
    }
  })
})

describe('the embed snippet, on a page of another origin', () => {
  let host: Server
  let hostOrigin = ''
  let hostHtml = ''
  beforeAll(async () => {
    host = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(hostHtml)
    })
    await new Promise<void>(resolve => host.listen(0, '127.0.0.1', resolve))
    const address = host.address()
    hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(async () => {
    await new Promise(resolve => host?.close(resolve))
  })

  for (const [id, width] of [['market-moves', 640], ['origin-timeline', 360]] as const) {
    it(`loads ${id}, draws it and fits its frame to it at ${width} px`, async () => {
      const { page: chartPage, close: closeChart } = await openTracked(browser, deckOrigin)
      const snippet = await chartPage.goto(pageUrl(id)).then(() => chartPage.locator('#embed-snippet').inputValue())
      await closeChart()
      expect(snippet).toContain(`src="${pageUrl(id)}embed.html"`)
      hostHtml = `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0"><p>Before</p><div style="width:${width}px">${snippet}</div><p>After</p></body></html>`

      const { page, problems, close } = await openTracked(browser, hostOrigin)
      try {
        await page.goto(`${hostOrigin}/article.html`, { waitUntil: 'load' })
        const frame = page.frameLocator('iframe')
        await frame.locator(`[data-stage] svg[data-chart="${id}"]:visible`).waitFor()
        expect(await shownMarks(frame as never, id)).toBe(charts.find(c => c.id === id)!.spec.marksAtStep(999999))
        // The frame takes its content's height (the script posts it, the snippet's listener sets it).
        await page.waitForFunction(() => {
          const f = document.querySelector('iframe')!
          const inner = f.contentDocument
          return f.style.height !== '' && (!inner || Math.abs(f.clientHeight - inner.body.getBoundingClientRect().height) <= 2)
        }, undefined, { timeout: 5000 }).catch(() => {})
        const frameHeight = await page.locator('iframe').evaluate(f => f.clientHeight)
        const inner = await frame.locator('body').evaluate(b => ({
          content: b.getBoundingClientRect().height,
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }))
        expect(Math.abs(frameHeight - inner.content), JSON.stringify({ frameHeight, ...inner })).toBeLessThanOrEqual(2)
        expect(inner.scroll).toBeLessThanOrEqual(inner.client + 2)
        expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth)
        const foreign = problems.foreignRequests.filter(url => !url.startsWith(deckOrigin))
        expect(foreign, 'third-party requests').toEqual([])
        expect(describeProblems({ ...problems, foreignRequests: [] })).toBe('')
      }
      finally {
        await close()
      }
    })
  }
})
