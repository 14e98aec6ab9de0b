import { describe, expect, it } from 'vitest'
import { colsToFit, unitBlock } from './unit-grid'

/** Cells covered by a block's rects, counted from their areas. */
function cellsIn(rects: { width: number, height: number }[], cell: number): number {
  return Math.round(rects.reduce((sum, r) => sum + r.width * r.height, 0) / (cell * cell))
}

describe('unitBlock', () => {
  it.each([
    { name: 'empty', count: 0, cols: 10, fullRows: 0, remainder: 0, rects: 0 },
    { name: 'a single cell', count: 1, cols: 10, fullRows: 0, remainder: 1, rects: 1 },
    { name: 'rows come out even (V3: 64 × 32)', count: 2048, cols: 64, fullRows: 32, remainder: 0, rects: 1 },
    { name: 'Llama 3.1 405B: 128 × 128', count: 16384, cols: 128, fullRows: 128, remainder: 0, rects: 1 },
    { name: 'Colossus: whole rows plus a partial row', count: 100000, cols: 466, fullRows: 214, remainder: 276, rects: 2 },
  ])('$name', ({ count, cols, fullRows, remainder, rects }) => {
    const b = unitBlock(count, { cols, cell: 1.5 })
    expect(b.fullRows).toBe(fullRows)
    expect(b.remainder).toBe(remainder)
    expect(b.rects).toHaveLength(rects)
    expect(cellsIn(b.rects, 1.5)).toBe(count)
  })

  it('puts the partial row under the whole rows, from the left edge', () => {
    const b = unitBlock(25, { cols: 10, cell: 2, x: 5, y: 7 })
    expect(b.rects).toEqual([
      { x: 5, y: 7, width: 20, height: 4 },
      { x: 5, y: 11, width: 10, height: 2 },
    ])
    expect([b.width, b.height]).toEqual([20, 6])
  })

  it.each([
    { shown: 0, cells: 0 },
    { shown: 12.7, cells: 12 },
    { shown: 25, cells: 25 },
    { shown: 999999, cells: 25 },
  ])('reveals $shown of 25 as $cells whole cells, box unchanged', ({ shown, cells }) => {
    const b = unitBlock(25, { cols: 10, cell: 1 }, shown)
    expect(b.count).toBe(cells)
    expect(cellsIn(b.rects, 1)).toBe(cells)
    expect([b.width, b.height]).toEqual([10, 3])
  })

  it.each([
    { count: Number.NaN, cols: 4, cell: 1, match: /count.*NaN/ },
    { count: -1, cols: 4, cell: 1, match: /count/ },
    { count: 4, cols: 0, cell: 1, match: /cols/ },
    { count: 4, cols: 2.5, cell: 1, match: /cols/ },
    { count: 4, cols: 4, cell: 0, match: /cell/ },
  ])('rejects count $count, cols $cols, cell $cell', ({ count, cols, cell, match }) => {
    expect(() => unitBlock(count, { cols, cell })).toThrow(TypeError)
    expect(() => unitBlock(count, { cols, cell })).toThrow(match)
  })

  it('rejects a NaN reveal', () => {
    expect(() => unitBlock(4, { cols: 2, cell: 1 }, Number.NaN)).toThrow(/shown/)
  })
})

describe('colsToFit', () => {
  it.each([
    { count: 0, cell: 1, maxHeight: 10, cols: 1 },
    { count: 1, cell: 1, maxHeight: 10, cols: 1 },
    { count: 100, cell: 1, maxHeight: 10, cols: 10 },
    { count: 101, cell: 1, maxHeight: 10, cols: 11 },
    { count: 100000, cell: 1.35, maxHeight: 290, cols: 468 },
  ])('$count cells of $cell in $maxHeight px need $cols columns', ({ count, cell, maxHeight, cols }) => {
    expect(colsToFit(count, cell, maxHeight)).toBe(cols)
    expect(Math.ceil(count / cols) * cell).toBeLessThanOrEqual(maxHeight)
  })

  it.each([
    { cell: 0, maxHeight: 10 },
    { cell: 2, maxHeight: 1 },
    { cell: 1, maxHeight: Number.NaN },
  ])('rejects cell $cell, maxHeight $maxHeight', ({ cell, maxHeight }) => {
    expect(() => colsToFit(10, cell, maxHeight)).toThrow(TypeError)
  })
})
