/**
 * One colour per actor, read from the code that uses the palette (styles/README.md):
 * - `accent` is interface only (focus rings, a pressed button): no chart, series or chart
 *   definition draws data with it;
 * - the actor tokens (`deepseek`, `us`, `nvidia`) colour data only: the deck's interface (links,
 *   kickers, tooltips, toggles, the glossary, the bibliography, the calculator's controls) never
 *   borrows an actor's colour.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

function filesUnder(dir: string, ext: RegExp): string[] {
  const abs = resolve(ROOT, dir)
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name)
    if (statSync(path).isDirectory())
      return filesUnder(relative(ROOT, path), ext)
    return ext.test(name) && !/\.test\.ts$/.test(name) ? [relative(ROOT, path)] : []
  })
}

/** "file:line: text" for every line matching `pattern`. */
function hits(files: string[], pattern: RegExp): string[] {
  return files.flatMap(file => readFileSync(resolve(ROOT, file), 'utf8').split('\n').flatMap((line, i) => pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
}

/** Code that draws data: charts, their definitions and rows, the calculator's comparison bars. */
const DATA_CODE = [
  ...filesUnder('components/charts', /\.vue$/),
  ...filesUnder('lib/charts', /\.ts$/),
  ...filesUnder('lib/timeline', /\.ts$/),
  ...filesUnder('data/series', /\.ts$/),
  'components/CostComparison.vue',
]

/** The deck's interface: shared CSS and the widgets that carry no data colour. */
const INTERFACE_CODE = [
  ...filesUnder('styles', /\.(?:css|ts)$/),
  ...['Fact', 'FactTip', 'Term', 'ToggleGroup', 'GlossaryList', 'Bibliography', 'SourceList', 'CalculatorField', 'CalculatorPresets', 'CalculatorResult', 'CostCalculator', 'Correction', 'CorrectionsTable', 'ChartFrame']
    .map(name => `components/${name}.vue`),
  'components/CalculatorField.css', // CalculatorField.vue's scoped styles
]

const ACCENT = /--c-accent\b|colorVar\(\s*['"]accent['"]\s*\)|['"]accent['"]/
const ACTOR = /--c-(?:deepseek|us|nvidia)\b|colorVar\(\s*['"](?:deepseek|us|nvidia)['"]\s*\)/

describe('the palette tokens keep their jobs', () => {
  it('finds the code it reads', () => {
    expect(DATA_CODE.length).toBeGreaterThan(10)
    expect(INTERFACE_CODE).toContain('styles/deck.css')
  })

  it('draws no data in accent (interface only)', () => {
    expect(hits(DATA_CODE, ACCENT), 'use an actor token, loss/gain, neutral or ink').toEqual([])
  })

  it('gives the interface no actor colour', () => {
    expect(hits(INTERFACE_CODE, ACTOR), 'use ink, muted, grid or accent').toEqual([])
  })
})
