/**
 * Unit charts where one square stands for a fixed number of items (1,000 GPUs), laid in columns
 * from the bottom up, left to right, like a column chart made of squares. A count that is not a
 * whole number of units ends in a part-square whose area is the remainder: honest at any size,
 * and a handful of plain rects that stay crisp on screen and in the PDF. Pure: no Vue, no DOM.
 */

export interface UnitSquare {
  x: number
  y: number
  /** A whole unit's side, or a part of it for the remainder (the height stays whole). */
  width: number
  height: number
  /** 1 for a whole unit; the remainder's share (0–1) for the last, partial square. */
  fraction: number
}

export interface SquareGridOptions {
  /** Items one square stands for, e.g. 1000 GPUs. */
  perSquare: number
  /** Squares per row. */
  cols: number
  /** Side of one square and the gap between squares (canvas px). */
  cell: number
  gap: number
  /** Left edge of the block, and the baseline its bottom row stands on. */
  x?: number
  bottom: number
}

export interface SquareGrid {
  /** Whole squares in the full count, and the remainder as a share of one square. */
  whole: number
  remainder: number
  /** The squares drawn for the items shown, bottom row first. */
  squares: UnitSquare[]
  /** Bounding box of the full block (every square, the partial one included). */
  width: number
  height: number
  /** Top edge of the full block. */
  top: number
}

function checkCount(name: string, n: number): void {
  if (!Number.isFinite(n) || n < 0)
    throw new TypeError(`${name}: count must be a finite number ≥ 0, got ${n}`)
}

/**
 * Squares for the first `shown` of `count` items. While `shown` is short of `count` (mid-tween)
 * only whole squares are drawn; the part-square for the remainder appears with the full count,
 * so a partial square always means the true remainder.
 */
export function squareGrid(count: number, o: SquareGridOptions, shown: number = count): SquareGrid {
  checkCount('squareGrid', count)
  checkCount('squareGrid (shown)', shown)
  const { perSquare, cols, cell, gap, x = 0, bottom } = o
  if (!(Number.isFinite(perSquare) && perSquare > 0))
    throw new TypeError(`squareGrid: perSquare must be a positive number, got ${perSquare}`)
  if (!Number.isInteger(cols) || cols < 1)
    throw new TypeError(`squareGrid: cols must be a positive integer, got ${cols}`)
  if (!(Number.isFinite(cell) && cell > 0) || !(Number.isFinite(gap) && gap >= 0))
    throw new TypeError(`squareGrid: need cell > 0 and gap ≥ 0, got cell ${cell}, gap ${gap}`)
  const units = count / perSquare
  // Tolerate floating-point dust: 100,000 / 1,000 is exactly 100 squares, no sliver.
  const whole = Math.floor(units + 1e-9)
  const remainder = Math.max(0, units - whole) < 1e-9 ? 0 : units - whole
  const place = (k: number) => ({
    x: x + (k % cols) * (cell + gap),
    y: bottom - (Math.floor(k / cols) + 1) * cell - Math.floor(k / cols) * gap,
  })
  const complete = Math.min(shown, count) >= count
  const wholeShown = complete ? whole : Math.min(whole, Math.floor(Math.min(shown, count) / perSquare + 1e-9))
  const squares: UnitSquare[] = []
  for (let k = 0; k < wholeShown; k++)
    squares.push({ ...place(k), width: cell, height: cell, fraction: 1 })
  if (complete && remainder > 0)
    squares.push({ ...place(whole), width: cell * remainder, height: cell, fraction: remainder })
  const slots = whole + (remainder > 0 ? 1 : 0)
  const rows = Math.ceil(slots / cols)
  const height = rows > 0 ? rows * cell + (rows - 1) * gap : 0
  return {
    whole,
    remainder,
    squares,
    width: Math.min(slots, cols) * (cell + gap) - (slots > 0 ? gap : 0),
    height,
    top: bottom - height,
  }
}
