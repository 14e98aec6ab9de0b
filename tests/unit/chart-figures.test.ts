/**
 * No figure is typed into a chart component: every number a chart prints comes from its data
 * (the fact registry, through lib/charts), so the chart, its table, its CSV and the slide agree.
 * This fails on any digit in the literal text of a `components/charts/**\/*.vue` template:
 *   - text nodes ("Up 17%" between tags, a `<text>` axis label "0"), entities decoded;
 *   - static attribute values that can render as text: on a component, every literal prop but
 *     the presentation ones below (`note="…"`, `unit="…"`, `label="…"`); on an element, text
 *     attributes such as `title`, `aria-label`, `alt`, `placeholder`.
 * Not checked: bound `:attr="…"` expressions and `{{ }}` interpolations (code, not literal
 * text), comments, and geometry or presentation attributes (`x="42"`, `r="4.5"`, `class`, `data-*`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'vue/compiler-sfc'

const ROOT = resolve(import.meta.dirname, '../..')
const DIGIT = /\d/

// Vue's template AST node types (@vue/compiler-core NodeTypes).
const ELEMENT = 1
const TEXT = 2
const ATTRIBUTE = 6

/** Attributes that position, style or wire up a node and never show as text. */
const PRESENTATION = new Set([
  'class',
  'id',
  'key',
  'ref',
  'style',
  'role',
  'slot',
  'is',
  'name',
  'type',
  'for',
  'href',
  'xlink:href',
  'tabindex',
  'focusable',
  'xmlns',
  'viewBox',
  'preserveAspectRatio',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'offset',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'font-size',
  'font-weight',
  'stop-color',
  'stop-opacity',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'gradientUnits',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'clip-path',
  'mask',
  'marker-start',
  'marker-end',
  'vector-effect',
  'shape-rendering',
  'paint-order',
  'axis',
])
/** aria-* attributes that a screen reader reads out; the others are ids, states or booleans. */
const SPOKEN_ARIA = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder'])
/** Text attributes of plain HTML and SVG elements. */
const ELEMENT_TEXT = new Set(['title', 'alt', 'placeholder', 'label', 'summary', 'abbr', 'value', ...SPOKEN_ARIA])

interface TemplateNode {
  type: number
  tag?: string
  content?: string
  loc: { start: { line: number } }
  props?: { type: number, name: string, value?: { content: string }, loc: { start: { line: number } } }[]
  children?: TemplateNode[]
}

/** A component (`<ChartFrame>`, `<chart-frame>`) rather than an HTML or SVG element. */
function isComponent(tag: string): boolean {
  return /^[A-Z]/.test(tag) || (tag.includes('-') && !['font-face', 'color-profile', 'missing-glyph'].includes(tag))
}

function rendersAsText(tag: string, attr: string): boolean {
  if (attr.startsWith('data-') || (attr.startsWith('aria-') && !SPOKEN_ARIA.has(attr)))
    return false
  return isComponent(tag) ? !PRESENTATION.has(attr) : ELEMENT_TEXT.has(attr)
}

/** "file:line: <where> “text”" for every digit in the literal text of an SFC's template. */
function literalFigures(file: string, source: string): string[] {
  const ast = parse(source, { filename: file }).descriptor.template?.ast as TemplateNode | undefined
  const found: string[] = []
  const visit = (node: TemplateNode, parent: string) => {
    if (node.type === TEXT && node.content && DIGIT.test(node.content)) {
      const line = node.loc.start.line + node.content.slice(0, node.content.search(DIGIT)).split('\n').length - 1
      found.push(`${file}:${line}: text in <${parent}> “${node.content.trim().replace(/\s+/g, ' ')}”`)
    }
    if (node.type === ELEMENT) {
      for (const p of node.props ?? []) {
        if (p.type === ATTRIBUTE && p.value && DIGIT.test(p.value.content) && rendersAsText(node.tag!, p.name))
          found.push(`${file}:${p.loc.start.line}: <${node.tag} ${p.name}="${p.value.content}">`)
      }
    }
    for (const child of node.children ?? [])
      visit(child, node.type === ELEMENT ? node.tag! : parent)
  }
  if (ast)
    visit(ast, 'template')
  return found
}

function vueFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? vueFiles(`${dir}/${d.name}`) : d.name.endsWith('.vue') ? [`${dir}/${d.name}`] : [])
}

describe('the rule itself (a synthetic chart)', () => {
  const sfc = `<!--
  Steps: 0 headline, 1 + comparators. A comment may hold figures.
-->
<script setup lang="ts">
const WIDTH = 880
</script>

<template>
  <ChartFrame chart-id="x" note="Bars: compute at 2 dollars an hour" :caption="'3'" unit="USD" class="w-2">
    <svg viewBox="0 0 880 296" role="img" aria-labelledby="t1" data-step="1">
      <title>Cost per run</title>
      <text x="42" y="16" font-size="16">Up 17%
        since</text>
      <text :x="WIDTH - 4">{{ label(3) }}</text>
      <text
        x="0">1.5×</text>
      <rect width="60" height="14" aria-label="bar for 2025" />
      <!-- 99 in a comment -->
      &#8203;
    </svg>
  </ChartFrame>
</template>
`
  const found = literalFigures('components/charts/X.vue', sfc)

  it('reports text nodes and text-bearing literal attributes with digits, by line', () => {
    expect(found).toEqual([
      'components/charts/X.vue:9: <ChartFrame note="Bars: compute at 2 dollars an hour">',
      'components/charts/X.vue:12: text in <text> “Up 17% since”',
      'components/charts/X.vue:16: text in <text> “1.5×”',
      'components/charts/X.vue:17: <rect aria-label="bar for 2025">',
    ])
  })

  it('accepts a template with no literal figures', () => {
    expect(literalFigures('components/charts/Y.vue', '<template><ChartFrame :note="note"><text x="4">{{ n }}</text></ChartFrame></template>')).toEqual([])
  })
})

describe('chart components print no literal figures', () => {
  const files = vueFiles('components/charts')

  it('finds the chart components', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it('has no digit in any template text or text-bearing literal attribute (take it from the chart data)', () => {
    const found = files.flatMap(f => literalFigures(f, readFileSync(join(ROOT, f), 'utf8')))
    expect(found, 'file:line: literal text with a figure').toEqual([])
  })
})
