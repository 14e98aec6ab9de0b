/**
 * Helpers for the accessibility and reduced-motion walks: run axe-core in the page, and read
 * the geometry of every chart mark so two readings can be compared.
 */
import type { Page } from 'playwright-chromium'
import type { WalkStop } from './deck'
import { createRequire } from 'node:module'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export const BLOCKING_IMPACTS = ['serious', 'critical']

export interface AxeFinding {
  rule: string
  impact: string
  help: string
  /** CSS paths of the offending nodes (at most five) and axe's summary for the first. */
  targets: string[]
  summary: string
}

/**
 * Runs axe on `include` (a selector, or the whole document minus `exclude`), every rule or only
 * `rules` (axe rule ids). Injects axe once per page.
 */
export async function runAxe(page: Page, options: { include?: string, exclude?: string[], rules?: string[] } = {}): Promise<AxeFinding[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async ({ include, exclude, rules }) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const context = include
      ? { include: [include], exclude: exclude ?? [] }
      : { include: [['html']], exclude: exclude ?? [] }
    const result = await axe.run(context as never, {
      resultTypes: ['violations'],
      ...(rules ? { runOnly: { type: 'rule' as const, values: rules } } : {}),
    })
    return result.violations.map(v => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    }))
  }, options)
}

export function isBlocking(finding: AxeFinding): boolean {
  return BLOCKING_IMPACTS.includes(finding.impact)
}

export function describeFinding(where: string, f: AxeFinding): string {
  return `${where}: [${f.impact}] ${f.rule} (${f.help}) at ${f.targets.join(', ')}: ${f.summary}`
}

/** The highest click of each slide among the walk's stops. */
export function lastClicks(stops: WalkStop[]): Map<number, number> {
  const last = new Map<number, number>()
  for (const stop of stops)
    last.set(stop.slide, Math.max(stop.clicks, last.get(stop.slide) ?? 0))
  return last
}

/**
 * Waits until CSS transitions and animations have finished, including Vue's slide transition,
 * which only starts a frame or two after the route changes (bounded).
 */
export async function cssSettled(page: Page, timeout = 3000): Promise<void> {
  await afterPaint(page)
  await page.waitForFunction(
    () => document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') === null
      && document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout, polling: 50 },
  ).catch(() => {})
}

/** Resolves after two animation frames, i.e. once Vue has patched and the browser painted. */
export async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/**
 * One line per counted mark of every chart inside `scope`: its drawn attributes, computed
 * opacity and transform, and rounded bounding box. Two equal readings mean nothing moved.
 */
export async function readMarkGeometry(page: Page, scope: string): Promise<Record<string, string[]>> {
  return page.evaluate((scope) => {
    const ATTRS = ['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'x1', 'x2', 'y1', 'y2', 'd', 'points', 'transform', 'opacity', 'data-shown']
    const round = (n: number) => Math.round(n * 100) / 100
    const out: Record<string, string[]> = {}
    const svgs = document.querySelectorAll<SVGSVGElement>(`${scope} svg[data-chart], ${scope} .chart-frame svg`)
    ;[...new Set(svgs)].forEach((svg, i) => {
      const marks = svg.querySelectorAll<SVGGraphicsElement>('.mark, [data-shown]')
      out[`${svg.getAttribute('data-chart') ?? 'chart'}#${i}`] = [...marks].map((el) => {
        const style = getComputedStyle(el)
        const box = el.getBBox()
        const attrs = ATTRS.map(a => el.getAttribute(a) ?? '').join(',')
        return `${attrs}|${style.opacity}|${style.transform}|${[box.x, box.y, box.width, box.height].map(round).join(',')}`
      })
    })
    return out
  }, scope)
}
