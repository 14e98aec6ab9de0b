/**
 * Every chart slide declares as many clicks as its chart has build steps: for each slide that
 * renders `<SomeChart :step="$clicks" />`, the component's definition (the one it imports from
 * lib/charts/<id>, listed in lib/charts/index.ts, or the id a `chart="<id>"` attribute names) has `spec.steps` steps and the slide's
 * frontmatter says `clicks: steps - 1`. The browser walk finds the same mismatch, but minutes
 * later and only with Chromium; this runs in Node in well under a second.
 */
import type { ChartDefinition } from '../../lib/chart'
import type { DeckSlide } from '../tooling/slides-text'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'vue/compiler-sfc'
import { charts } from '../../lib/charts/index'
import { lineOf, loadDeck, maskCode, maskComments } from '../tooling/slides-text'

const ROOT = resolve(import.meta.dirname, '../..')
const CHART_TAG = /<([A-Z]\w*)\b[^>]*\s:step="\$clicks"/g
/** A chart named by id on the slide: `<TimelineChart chart="origin-timeline" :step="$clicks" />`. */
const CHART_ID = /\schart="([\w-]+)"/

interface ChartImport {
  /** Repo-relative module: "lib/charts/training-cost.ts". */
  module: string
  /** The exported names the component takes from it. */
  names: string[]
}

/** The lib/charts/<id> modules (not the index) a component's scripts import, with the names taken. */
function chartImports(componentFile: string, source: string): ChartImport[] {
  const { descriptor } = parse(source, { filename: componentFile })
  const scripts = [descriptor.script?.content, descriptor.scriptSetup?.content].filter((s): s is string => !!s)
  return scripts.flatMap((script) => {
    const file = ts.createSourceFile('x.ts', script, ts.ScriptTarget.Latest)
    return file.statements.flatMap((s) => {
      if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || s.importClause?.isTypeOnly)
        return []
      const target = relative(ROOT, resolve(ROOT, dirname(componentFile), s.moduleSpecifier.text))
      if (!/^lib\/charts\/[^/]+$/.test(target) || /\/index(?:\.ts)?$/.test(target))
        return []
      const bindings = s.importClause?.namedBindings
      const names = bindings && ts.isNamedImports(bindings)
        ? bindings.elements.filter(e => !e.isTypeOnly).map(e => (e.propertyName ?? e.name).text)
        : []
      return [{ module: target.endsWith('.ts') ? target : `${target}.ts`, names }]
    })
  })
}

/** components/**\/<Tag>.vue, or undefined. */
function componentFile(tag: string, dir = 'components'): string | undefined {
  for (const d of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${d.name}`
    if (d.isDirectory()) {
      const found = componentFile(tag, path)
      if (found)
        return found
    }
    else if (d.name === `${tag}.vue`) {
      return path
    }
  }
  return undefined
}

/** The registered chart definition a component draws (or the one the slide names by id), or why it cannot be found. */
async function definitionOf(tag: string, chartId?: string): Promise<{ chart: ChartDefinition<any, any>, file: string } | { error: string }> {
  const file = componentFile(tag)
  if (!file)
    return { error: `<${tag}> has no components/**/${tag}.vue` }
  if (chartId) {
    const named = charts.find(c => c.id === chartId)
    return named ? { chart: named, file } : { error: `<${tag} chart="${chartId}">: lib/charts/index.ts lists no chart "${chartId}"` }
  }
  const imports = chartImports(file, readFileSync(join(ROOT, file), 'utf8'))
  const found: ChartDefinition<any, any>[] = []
  for (const { module, names } of imports) {
    if (!existsSync(join(ROOT, module)))
      return { error: `${file} imports ${module}, which does not exist` }
    const exports = await import(/* @vite-ignore */ join(ROOT, module)) as Record<string, unknown>
    for (const name of names) {
      const value = exports[name]
      if (value && charts.includes(value as ChartDefinition<any, any>))
        found.push(value as ChartDefinition<any, any>)
      else if (value && typeof value === 'object' && 'spec' in value && 'id' in value)
        return { error: `${file} draws ${module}'s ${name} (id "${(value as { id: string }).id}"), which lib/charts/index.ts does not list in \`charts\`` }
    }
  }
  const unique = [...new Set(found)]
  if (unique.length === 0)
    return { error: `${file} (<${tag}>) imports no chart definition from lib/charts/<id>: define the chart with defineChart there, list it in lib/charts/index.ts, and import it in the component` }
  if (unique.length > 1)
    return { error: `${file} (<${tag}>) imports ${unique.length} chart definitions (${unique.map(c => c.id).join(', ')}); a :step chart draws one` }
  return { chart: unique[0]!, file }
}

/** The chart component that draws the definition with this id (for the self-check). */
async function componentFor(id: string): Promise<string> {
  const files = readdirSync(join(ROOT, 'components/charts')).filter(f => f.endsWith('.vue'))
  for (const f of files) {
    const tag = f.slice(0, -'.vue'.length)
    const found = await definitionOf(tag)
    if ('chart' in found && found.chart.id === id)
      return tag
  }
  throw new Error(`no component in components/charts draws "${id}"`)
}

interface ChartUse {
  slide: DeckSlide
  tag: string
  line: number
  /** The `chart="<id>"` the tag names, if any. */
  chartId?: string
}

function chartUses(slide: DeckSlide): ChartUse[] {
  const text = maskComments(maskCode(slide.raw))
  return [...text.matchAll(CHART_TAG)].map(m => ({ slide, tag: m[1]!, line: slide.line + lineOf(slide.raw, m.index!), chartId: CHART_ID.exec(m[0])?.[1] }))
}

/** Why a chart slide's `clicks:` does not fit its chart's steps, or null (also when the chart is not found: reported apart). */
async function clicksProblem({ slide, tag, line, chartId }: ChartUse): Promise<string | null> {
  const found = await definitionOf(tag, chartId)
  if ('error' in found)
    return null
  const steps = found.chart.spec.steps
  const clicks = slide.frontmatter.clicks
  return clicks === steps - 1
    ? null
    : `${slide.file}:${line}: <${tag}> draws "${found.chart.id}" with ${steps} steps, so the slide needs clicks: ${steps - 1} (it has ${clicks === undefined ? 'none' : `clicks: ${JSON.stringify(clicks)}`})`
}

describe('the reader itself (a synthetic component and slide)', () => {
  it('takes value imports from lib/charts/<id>, not types, the index or other folders', () => {
    const sfc = `<script setup lang="ts">
import type { CostRow } from '../../lib/charts/training-cost'
import { trainingCostChart as chart, OTHER } from '../../lib/charts/training-cost'
import { charts } from '../../lib/charts/index'
import { barLayout } from '../../lib/log-bars'
</script>
<template><ChartFrame /></template>`
    expect(chartImports('components/charts/X.vue', sfc)).toEqual([{ module: 'lib/charts/training-cost.ts', names: ['trainingCostChart', 'OTHER'] }])
    expect(chartImports('components/charts/X.vue', '<template><p /></template>')).toEqual([])
  })

  it('names a component that draws no lib/charts definition, and a missing component', async () => {
    expect(await definitionOf('ChartFrame')).toEqual({ error: expect.stringMatching(/^components\/ChartFrame\.vue \(<ChartFrame>\) imports no chart definition from lib\/charts\/<id>/) })
    expect(await definitionOf('NoSuchChart')).toEqual({ error: '<NoSuchChart> has no components/**/NoSuchChart.vue' })
  })

  it('holds a slide to its chart\'s step count', async () => {
    // A chart with a component of its own (timelines are drawn by TimelineChart, named by id).
    const first = charts.find(c => !('rowOf' in c))!
    const tag = await componentFor(first.id)
    const slide = (clicks?: number): DeckSlide => ({ no: 1, file: 'x.md', line: 1, raw: '', frontmatter: clicks === undefined ? {} : { clicks } })
    expect(await clicksProblem({ slide: slide(first.spec.steps - 1), tag, line: 5 })).toBeNull()
    expect(await clicksProblem({ slide: slide(first.spec.steps), tag, line: 5 })).toBe(`x.md:5: <${tag}> draws "${first.id}" with ${first.spec.steps} steps, so the slide needs clicks: ${first.spec.steps - 1} (it has clicks: ${first.spec.steps})`)
    expect(await clicksProblem({ slide: slide(), tag, line: 5 })).toMatch(/\(it has none\)$/)
  })

  it('finds `:step="$clicks"` charts outside notes and code, on their line', () => {
    const slide: DeckSlide = { no: 1, file: 'x.md', line: 10, raw: '---\nclicks: 2\n---\n\n# T\n\n<NvidiaPriceChart :step="$clicks" />\n\n<!--\n<OtherChart :step="$clicks" />\n-->', frontmatter: { clicks: 2 } }
    expect(chartUses(slide).map(u => `${u.tag}@${u.line}`)).toEqual(['NvidiaPriceChart@16'])
  })

  it('takes a chart named by id on the slide', async () => {
    const slide: DeckSlide = { no: 1, file: 'x.md', line: 1, raw: '<TimelineChart chart="origin-timeline" :step="$clicks" />', frontmatter: {} }
    expect(chartUses(slide).map(u => u.chartId)).toEqual(['origin-timeline'])
    expect(await definitionOf('TimelineChart', 'origin-timeline')).toMatchObject({ chart: { id: 'origin-timeline' } })
    expect(await definitionOf('TimelineChart', 'nope')).toEqual({ error: expect.stringMatching(/lists no chart "nope"/) })
  })
})

describe('chart slides declare clicks for every chart step', () => {
  let uses: ChartUse[] = []
  beforeAll(async () => {
    uses = (await loadDeck(ROOT)).flatMap(chartUses)
  })

  it('finds the chart slides', () => {
    expect(uses.length).toBeGreaterThan(0)
  })

  it('each chart component draws one definition listed in lib/charts/index.ts', async () => {
    const errors: string[] = []
    for (const key of new Set(uses.map(u => `${u.tag} ${u.chartId ?? ''}`))) {
      const [tag, chartId] = key.split(' ')
      const found = await definitionOf(tag!, chartId || undefined)
      if ('error' in found)
        errors.push(found.error)
    }
    expect(errors).toEqual([])
  })

  it('each chart slide has `clicks: steps - 1` in its frontmatter', async () => {
    const wrong: string[] = []
    for (const use of uses) {
      const problem = await clicksProblem(use)
      if (problem)
        wrong.push(problem)
    }
    expect(wrong).toEqual([])
  })
})
