import type { Sizes } from './bench-sizes.mjs'

export interface Side {
  js?: Sizes
  /** Approximate gzip bytes per source group (bench-attribution.mjs `groupSizes`). */
  jsGroups?: Record<string, number>
  firstLoadJs?: Sizes
  fcpMs?: number
  longTaskCount?: number
  longTaskMaxMs?: number
  pdfS?: number
}
export interface BudgetVerdict { budget: string, actual: string, status: 'met' | 'MISSED' | 'not measured' }
export declare const KB: number
export declare const BUDGETS: { firstLoadJsRatio: number, fcpRatio: number, longTaskMs: number, pdfExportS: number, chartsJsGzKb: number }
export declare function median(xs: number[]): number
export declare function ratio(ours: number, bare: number): number
export declare function fmtBytes(n: number): string
export declare function fmtMs(n: number): string
export declare function fmtS(n: number): string
export declare function fmtRatio(r: number): string
export declare function checkBudgets(m: { ours: Side, bare: Side }): BudgetVerdict[]
export declare function markdownTable(header: string[], rows: unknown[][]): string
export declare function readingBudgets(reading: { longTaskCount?: number, longTaskMaxMs?: number } | undefined): BudgetVerdict[]
export interface LighthouseFigures { score: number, cls: number, tbtMs: number, ttiMs: number, fcpMs: number }
export declare function lighthouseFigures(lhr: { categories: Record<string, { score: number | null } | undefined>, audits: Record<string, { numericValue?: number } | undefined> }): LighthouseFigures
