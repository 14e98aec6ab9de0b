/**
 * The article's sections (scripts/article/sections.mjs) from the deck's own slides: kicker, title
 * and body from each slide's Markdown; notes split at [click] with lib/reading/notes.ts's rules;
 * the word budget of the whole article (< 9,000) on the real deck.
 */
import MarkdownIt from 'markdown-it'
import { beforeAll, describe, expect, it } from 'vitest'
import { readerNotes, textOf, topLevelBlocks } from '../../lib/reading/notes'
import { actsOf, blockKind, markClicks, paragraphSteps, sectionsOf, slideParts, wordCount } from '../../scripts/article/sections.mjs'
import { outDirOf } from '../../scripts/article/step.mjs'

const md = new MarkdownIt({ html: true })
const deps = { md: (s: string) => md.render(s), notes: readerNotes, blocks: topLevelBlocks, textOf }

describe('notes → paragraphs', () => {
  it('turns [click] markers into Slidev\'s note marks, counting as Slidev does', () => {
    expect(markClicks('a [click] b [click] c [click:5] d')).toBe(
      'a <span class="slidev-note-click-mark" data-clicks="1"></span> b <span class="slidev-note-click-mark" data-clicks="2"></span> c <span class="slidev-note-click-mark" data-clicks="5"></span> d',
    )
  })

  it('splits at [click], drops [presenter] paragraphs and Budget lines (lib/reading/notes.ts)', () => {
    const note = 'Budget: 2 min.\n\n[presenter] Welcome.\n\nFirst.\n\n[click] Second.\n\n[click] Third.'
    const paragraphs = readerNotes(md.render(markClicks(note)))
    expect(paragraphs.map(p => [p.step, textOf(p.html)])).toEqual([[0, 'First.'], [1, 'Second.'], [2, 'Third.']])
  })

  it('ends every section on its final step, so its chart finishes while it is read', () => {
    const { final, paragraphs } = paragraphSteps([{ step: 0, html: '<p>a</p>' }, { step: 1, html: '<p>b</p>' }], 3)
    expect(final).toBe(3)
    expect(paragraphs.map(p => p.step)).toEqual([0, 3])
  })
})

describe('slide Markdown → parts', () => {
  it('takes the kicker and the first h1 out of the body, component tags kept', () => {
    const html = md.render('<p class="kicker">Act 2 · Origin</p>\n\n# A <Fact id="x" /> title\n\n<TimelineChart chart="t" :step="$clicks" />\n\nText.')
    const parts = slideParts(html, topLevelBlocks)
    expect(parts.kicker).toBe('Act 2 · Origin')
    expect(parts.title).toBe('A <Fact id="x" /> title')
    expect(parts.body.map(blockKind)).toEqual(['stepped', 'static'])
  })

  it('knows the blocks the article treats its own way', () => {
    expect(blockKind('<CostCalculator />')).toBe('calculator')
    expect(blockKind('<Bibliography :part="1" :of="3" />')).toBe('bibliography')
  })

  it('reads the build\'s output folder as build.mjs does', () => {
    expect(outDirOf(['--base', '/deck/', '--out', 'dist-test'])).toBe('dist-test')
    expect(outDirOf(['--out=x'])).toBe('x')
    expect(outDirOf([])).toBe('dist')
  })
})

describe('the real deck as an article', () => {
  let sections: ReturnType<typeof sectionsOf>
  let slides: { content: string, note?: string, frontmatter: Record<string, unknown> }[]
  beforeAll(async () => {
    const { load } = await import('@slidev/parser/fs')
    const root = process.cwd()
    slides = (await load({ roots: [root], userRoot: root }, `${root}/slides.md`)).slides
    sections = sectionsOf(slides, deps)
  })

  it('has one section per shown slide, numbered as the deck numbers them, each with a title', () => {
    const shown = slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
    expect(sections.map(s => s.no)).toEqual(shown.map((_, i) => i + 1))
    for (const section of sections)
      expect(textOf(section.title), `slide ${section.no}`).not.toBe('')
  })

  it('groups sections into acts by their kickers', () => {
    const acts = actsOf(sections)
    const kickers = sections.filter(s => s.kicker).length
    expect(acts.length).toBe(kickers + (sections[0].kicker ? 0 : 1))
    expect(acts.flatMap(a => a.sections)).toHaveLength(sections.length)
  })

  it('stays under 9,000 words of text (headings, slide text and notes)', () => {
    const words = sections.reduce((sum, s) => sum + wordCount(textOf([s.title, ...s.body.map(b => b.html), ...s.paragraphs.map(p => p.html)].join(' '))), 0)
    expect(words).toBeGreaterThan(1000)
    expect(words).toBeLessThan(9000)
  })

  it('counts words as a reader does', () => {
    expect(wordCount('Nvidia lost $590B, about 17%, on Jan. 27.')).toBe(8)
  })
})
