/**
 * The chart list is derived, not kept: every lib/charts/<id>.ts that exports a definition is a
 * chart. The browser's enumeration (import.meta.glob in lib/charts/index.ts) and Node's
 * (setup/chart-modules.ts, for the CSV plugin and the browser tests' expectations) must agree, and
 * a new definition file must reach the CSV list, the walk's and the print check's specs unasked.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defineChart } from '../../lib/chart'
import { chartsFromModules, isChartModule } from '../../lib/chart-registry'
import { chartModules, charts } from '../../lib/charts/index'
import { chartModuleFiles, loadCharts } from '../../setup/chart-modules'
import { loadCsvFiles } from '../../setup/vite-plugins'
import { loadChartSpecs } from '../browser/deck'

const ROOT = resolve(import.meta.dirname, '../..')

describe('chartsFromModules', () => {
  const chart = (id: string) => defineChart({ id, title: id, columns: [], rows: [], factIds: [], steps: [0], marks: () => 0 })
  const a = chart('a-chart')

  it('takes every exported definition, ignores other exports, sorts by id', () => {
    const b = chart('b-chart')
    expect(chartsFromModules({ './b.ts': { b, OTHER: 3, helper: () => 1 }, './a.ts': { a, alias: a } })).toEqual([a, b])
  })

  it('throws when two files define the same id, naming both', () => {
    expect(() => chartsFromModules({ './a.ts': { a }, './c.ts': { c: chart('a-chart') } })).toThrow(/"a-chart": \.\/a\.ts and \.\/c\.ts/)
  })

  it('reads definition files only', () => {
    expect(['x.ts', 'x.test.ts', 'index.ts', 'x.d.ts', 'x.vue'].filter(isChartModule)).toEqual(['x.ts'])
  })
})

describe('the two enumerations agree', () => {
  it('the glob and the disk list the same files', () => {
    expect(Object.keys(chartModules).sort()).toEqual(chartModuleFiles(ROOT))
  })

  it('and yield the same chart ids', () => {
    expect(loadCharts(ROOT).map(c => c.id)).toEqual(charts.map(c => c.id))
  }, 60_000)
})

describe('a new definition file needs no other edit', () => {
  // A copy of the repository made of symlinks, with one more file in lib/charts/: the real
  // lib/charts/ never holds the probe, so tests running alongside never see it.
  const root = mkdtempSync(join(tmpdir(), 'chart-probe-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const id = 'zz-probe'

  it('reaches the CSV list, the walk\'s specs and the print check\'s specs', async () => {
    for (const entry of readdirSync(ROOT).filter(e => e !== 'lib' && e !== '.git'))
      symlinkSync(join(ROOT, entry), join(root, entry))
    mkdirSync(join(root, 'lib/charts'), { recursive: true })
    for (const entry of readdirSync(join(ROOT, 'lib')).filter(e => e !== 'charts'))
      symlinkSync(join(ROOT, 'lib', entry), join(root, 'lib', entry))
    for (const entry of readdirSync(join(ROOT, 'lib/charts')))
      symlinkSync(join(ROOT, 'lib/charts', entry), join(root, 'lib/charts', entry))
    // A real fact, so the CSV header resolves its source like any chart's.
    const factId = charts[0]!.dataset.factIds[0]!
    writeFileSync(join(root, `lib/charts/${id}.ts`), `import { defineChart } from '../chart'
export const probeChart = defineChart({
  id: '${id}', title: 'Probe', columns: [{ key: 'n', label: 'N' }], rows: [{ n: 1 }, { n: 2 }],
  factIds: ['${factId}'], steps: [1, 2], rowShown: (row, step) => row.n <= step,
})
`)
    const files = await loadCsvFiles(root)
    expect(files.map(f => f.id)).toEqual([...charts.map(c => c.id), id])
    expect(files.find(f => f.id === id)?.text).toMatch(/^# Probe\n/)
    // The walk (tests/browser/walk.test.ts) and the print check (tests/export/pdf.test.ts) both
    // take their expectations from loadChartSpecs().
    const specs = loadChartSpecs(root)
    expect([...specs.keys()]).toEqual([...charts.map(c => c.id), id])
    expect(specs.get(id)?.steps).toBe(2)
    expect(specs.get(id)?.marksAtStep(0)).toBe(1)
  }, 60_000)
})
