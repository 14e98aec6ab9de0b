/**
 * Unit charts where one cell is one item (one GPU), drawn as at most two rects per block: the
 * whole rows, then one partial row. The rects are filled with a tiled SVG <pattern> whose tile is
 * one cell, so 100,000 items cost two DOM nodes instead of 100,000. Pure: no Vue, no DOM.
 */

export interface CellRect {
  x: number
  y: number
  width: number
  height: number
}

export interface UnitBlockOptions {
  /** Cells per row. */
  cols: number
  /** Side of one cell (canvas px); the pattern tile has the same size. */
  cell: number
  /** Top-left corner of the block. */
  x?: number
  y?: number
}

export interface UnitBlock {
  count: number
  fullRows: number
  /** Cells in the last, partial row (0 when the rows come out even). */
  remainder: number
  /** Whole rows first, then the partial row, each a multiple of the cell size. */
  rects: CellRect[]
  /** Bounding box of the complete block. */
  width: number
  height: number
}

function checkCount(name: string, n: number): void {
  if (!Number.isFinite(n) || n < 0)
    throw new TypeError(`${name}: count must be a finite number ≥ 0, got ${n}`)
}

/**
 * Rects covering the first `shown` cells of a block of `count` cells (row-major, top to bottom).
 * A fractional `shown` (mid-tween) rounds down to whole cells, so every drawn cell is a whole GPU.
 */
export function unitBlock(count: number, o: UnitBlockOptions, shown: number = count): UnitBlock {
  checkCount('unitBlock', count)
  checkCount('unitBlock (shown)', shown)
  const { cols, cell, x = 0, y = 0 } = o
  if (!Number.isInteger(cols) || cols < 1)
    throw new TypeError(`unitBlock: cols must be a positive integer, got ${cols}`)
  if (!Number.isFinite(cell) || cell <= 0)
    throw new TypeError(`unitBlock: cell must be a positive number, got ${cell}`)
  const total = Math.floor(count)
  const n = Math.min(total, Math.floor(shown))
  const fullRows = Math.floor(n / cols)
  const remainder = n % cols
  const rects: CellRect[] = []
  if (fullRows > 0)
    rects.push({ x, y, width: cols * cell, height: fullRows * cell })
  if (remainder > 0)
    rects.push({ x, y: y + fullRows * cell, width: remainder * cell, height: cell })
  const rows = Math.ceil(total / cols)
  return {
    count: n,
    fullRows,
    remainder,
    rects,
    width: Math.min(total, cols) * cell,
    height: rows * cell,
  }
}

/** Fewest columns that keep `count` cells within `maxHeight` (canvas px) at this cell size. */
export function colsToFit(count: number, cell: number, maxHeight: number): number {
  checkCount('colsToFit', count)
  if (!Number.isFinite(cell) || cell <= 0 || !Number.isFinite(maxHeight) || maxHeight < cell)
    throw new TypeError(`colsToFit: need cell > 0 and maxHeight ≥ cell, got cell ${cell}, maxHeight ${maxHeight}`)
  const maxRows = Math.floor(maxHeight / cell)
  return Math.max(1, Math.ceil(Math.floor(count) / maxRows))
}
