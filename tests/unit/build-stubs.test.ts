/**
 * vite.config.ts swaps client code the deck does not use for stubs (setup/stubs/): Twoslash and
 * Magic Move (code blocks), KaTeX's stylesheet (maths) and @vueuse/motion (v-motion). Each stub
 * is right only while no slide or component uses that feature: this fails when one starts to.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const files = [
  'slides.md',
  ...readdirSync(join(ROOT, 'pages')).filter(f => f.endsWith('.md')).map(f => `pages/${f}`),
  ...readdirSync(join(ROOT, 'components'), { recursive: true }).map(String).filter(f => f.endsWith('.vue')).map(f => `components/${f}`),
  'custom-nav-controls.vue',
]
const text = files.map(f => [f, readFileSync(join(ROOT, f), 'utf8')] as const)
const using = (pattern: RegExp) => text.filter(([, t]) => pattern.test(t)).map(([f]) => f)

describe('the features vite.config.ts stubs out are unused', () => {
  it('reads the slides and the components', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it('no code block (Twoslash, Magic Move, Shiki)', () => {
    expect(using(/^\s*(?:```|~~~)/m)).toEqual([])
  })

  // Dollar figures and Vue's $clicks are everywhere; a formula would hold $$ or a TeX command.
  it('no maths (KaTeX): no $$ block and no $…\\command…$ formula', () => {
    expect(using(/\$\$|\$[^$\n]*\\[a-z][^$\n]*\$/i)).toEqual([])
  })

  it('no v-motion directive', () => {
    expect(using(/\bv-motion\b/)).toEqual([])
  })
})
