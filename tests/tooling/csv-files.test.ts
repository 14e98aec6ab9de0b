import type { ChartDataset, Fact } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { csvFiles } from '../../lib/csv-files'
import { expectedCells, parseCsv } from './csv-read'

function ds(id: string, rows: Record<string, string | number>[] = [{ a: 1 }]): ChartDataset<any> {
  return {
    id,
    title: `Title of ${id}`,
    factIds: ['f1'],
    columns: [{ key: 'a', label: 'A', unit: 'USD' }],
    rows,
  }
}

const fact: Fact = {
  id: 'f1',
  act: 'cost',
  label: 'x',
  value: 1,
  unit: 'USD',
  format: { style: 'usd' },
  asOf: '2025-01',
  confidence: 'high',
  // A real registry id: the CSV header resolves it through data/sources.ts.
  sources: ['reuters-2025-01-27-ai-rout'],
}

describe('csvFiles and parseCsv', () => {
  it('writes data/<id>.csv with the title and source comments, then the rows', () => {
    const [file] = csvFiles([ds('cost', [{ a: 5.576 }, { a: 'x, "quoted"' }])], () => fact)
    expect(file.fileName).toBe('data/cost.csv')
    const parsed = parseCsv(file.text)
    expect(parsed.comments[0]).toBe('Title of cost')
    expect(parsed.comments[1]).toContain('Reuters')
    expect(parsed.comments[1]).toContain('2025-01-27')
    expect(parsed.header).toEqual(['A (USD)'])
    expect(parsed.rows).toEqual([['5.576'], ['x, "quoted"']])
  })

  it.each([
    { text: '', header: [], rows: [] },
    { text: '# only a comment\n', header: [], rows: [] },
    { text: 'a,b\n1,2\n', header: ['a', 'b'], rows: [['1', '2']] },
    { text: 'a\n"multi\nline"\n', header: ['a'], rows: [['multi\nline']] },
    { text: 'a,b\n"#1",""\n', header: ['a', 'b'], rows: [['#1', '']] },
    { text: 'a,b\n1,2', header: ['a', 'b'], rows: [['1', '2']] },
  ])('parses $text', ({ text, header, rows }) => {
    const parsed = parseCsv(text)
    expect(parsed.header).toEqual(header)
    expect(parsed.rows).toEqual(rows)
  })

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(TypeError)
  })

  it('expectedCells prints each row by column, blanks for missing keys', () => {
    expect(expectedCells(ds('x', [{ a: 1.5 }, {}]))).toEqual([['1.5'], ['']])
  })
})
