import { describe, expect, it } from 'vitest'
import { squareGrid } from './unit-grid'

const grid = { perSquare: 1000, cols: 10, cell: 16, gap: 4, x: 0, bottom: 200 }

/** Items the drawn squares stand for, from their areas. */
function itemsDrawn(squares: { width: number, height: number }[], cell: number, per: number): number {
  return squares.reduce((sum, s) => sum + (s.width * s.height) / (cell * cell) * per, 0)
}

describe('squareGrid: one square per 1,000 GPUs', () => {
  it.each([
    { name: 'empty', count: 0, whole: 0, remainder: 0, squares: 0, rows: 0 },
    { name: 'DeepSeek-V3: 2,048', count: 2048, whole: 2, remainder: 0.048, squares: 3, rows: 1 },
    { name: 'Llama 3.1 405B: 16,384', count: 16384, whole: 16, remainder: 0.384, squares: 17, rows: 2 },
    { name: 'GPT-4 (reported): 25,000', count: 25000, whole: 25, remainder: 0, squares: 25, rows: 3 },
    { name: 'Colossus: 100,000, no sliver', count: 100000, whole: 100, remainder: 0, squares: 100, rows: 10 },
  ])('$name', ({ count, whole, remainder, squares, rows }) => {
    const g = squareGrid(count, grid)
    expect(g.whole).toBe(whole)
    expect(g.remainder).toBeCloseTo(remainder, 9)
    expect(g.squares).toHaveLength(squares)
    expect(g.height).toBe(rows === 0 ? 0 : rows * 16 + (rows - 1) * 4)
    // The drawn areas stand for exactly the count: the part-square is the true remainder.
    expect(itemsDrawn(g.squares, 16, 1000)).toBeCloseTo(count, 6)
  })

  it('fills from the bottom row up, left to right, and ends with the part-square', () => {
    const g = squareGrid(12_500, grid)
    expect(g.squares[0]).toEqual({ x: 0, y: 184, width: 16, height: 16, fraction: 1 })
    expect(g.squares[9]).toMatchObject({ x: 180, y: 184 })
    expect(g.squares[10]).toMatchObject({ x: 0, y: 164 })
    expect(g.squares.at(-1)).toEqual({ x: 40, y: 164, width: 8, height: 16, fraction: 0.5 })
    expect(g.top).toBe(164)
    expect(g.width).toBe(196)
  })

  it('draws only whole squares mid-reveal, and the remainder with the full count', () => {
    expect(squareGrid(2048, grid, 1500).squares.map(s => s.fraction)).toEqual([1])
    expect(squareGrid(2048, grid, 2047.9).squares.map(s => s.fraction)).toEqual([1, 1])
    expect(squareGrid(2048, grid, 2048).squares.at(-1)!.fraction).toBeCloseTo(0.048)
    expect(squareGrid(2048, grid, 0).squares).toEqual([])
  })

  it('keeps the block where it stands whatever is shown', () => {
    expect(squareGrid(16384, grid, 0)).toMatchObject({ top: 164, height: 36, width: 196 })
  })

  it.each([
    { name: 'a negative count', run: () => squareGrid(-1, grid), match: /count/ },
    { name: 'NaN shown', run: () => squareGrid(5, grid, Number.NaN), match: /shown/ },
    { name: 'zero per square', run: () => squareGrid(5, { ...grid, perSquare: 0 }), match: /perSquare/ },
    { name: 'fractional cols', run: () => squareGrid(5, { ...grid, cols: 2.5 }), match: /cols/ },
    { name: 'a zero cell', run: () => squareGrid(5, { ...grid, cell: 0 }), match: /cell/ },
  ])('rejects $name', ({ run, match }) => {
    expect(run).toThrow(TypeError)
    expect(run).toThrow(match)
  })
})
