import { describe, expect, it } from 'vitest'
import { isPresenterOnly, readerNotes, textOf, topLevelBlocks } from './notes'

// What Slidev's renderNote makes of a note: markdown-it paragraphs, [click] as an empty span.
const mark = (n: number) => `<span class="slidev-note-click-mark" data-clicks="${n}"></span>`

describe('topLevelBlocks', () => {
  it.each([
    { html: '', blocks: [] },
    { html: '<p>a</p>\n<p>b</p>\n', blocks: ['<p>a</p>', '<p>b</p>'] },
    { html: '<ul>\n<li>x<ul><li>y</li></ul></li>\n</ul>\n<p>z</p>', blocks: ['<ul>\n<li>x<ul><li>y</li></ul></li>\n</ul>', '<p>z</p>'] },
    { html: '<p>a <em>b</em></p><hr><p>c</p>', blocks: ['<p>a <em>b</em></p>', '<hr>', '<p>c</p>'] },
    { html: 'loose text <p>a</p>', blocks: ['<p>a</p>'] },
    { html: '<p>unclosed', blocks: ['<p>unclosed'] },
  ])('$html', ({ html, blocks }) => {
    expect(topLevelBlocks(html)).toEqual(blocks)
  })
})

describe('readerNotes', () => {
  it('gives each paragraph the step of the last click marker at or before it', () => {
    const html = `<p>Intro.</p>\n<p>More intro.</p>\n<p>${mark(1)} First build.</p>\n<p>Still the first.</p>\n<p>${mark(2)} Second.</p>\n`
    expect(readerNotes(html)).toEqual([
      { step: 0, html: '<p>Intro.</p>' },
      { step: 0, html: '<p>More intro.</p>' },
      { step: 1, html: '<p>First build.</p>' },
      { step: 1, html: '<p>Still the first.</p>' },
      { step: 2, html: '<p>Second.</p>' },
    ])
  })

  it('takes a marker inside a paragraph as that paragraph\'s step, and [click:3] jumps', () => {
    expect(readerNotes(`<p>Look ${mark(1)} here.</p><p>${mark(3)} Jump.</p>`).map(p => p.step)).toEqual([1, 3])
  })

  it('leaves out paragraphs marked [presenter], whatever their case, but counts their clicks', () => {
    const html = `<p>[presenter] Welcome, everyone.</p><p>[Presenter] Reference slide, not presented.</p><p>${mark(1)}[presenter] Pause here.</p><p>Reader text.</p>`
    expect(readerNotes(html)).toEqual([{ step: 1, html: '<p>Reader text.</p>' }])
  })

  it('drops Budget: lines, alone or as the first line of a paragraph', () => {
    expect(readerNotes('<p>Budget: 3 min.</p>\n<p>Our story starts.</p>')).toEqual([{ step: 0, html: '<p>Our story starts.</p>' }])
    expect(readerNotes('<p>Budget: 4 min.\nAct three is about money.</p>')).toEqual([{ step: 0, html: '<p>Act three is about money.</p>' }])
    expect(readerNotes('<p>The budget: one line.</p>')).toHaveLength(1)
  })

  it('keeps lists and inline markup, and survives empty or missing notes', () => {
    expect(readerNotes('<ul>\n<li>one</li>\n</ul>')).toEqual([{ step: 0, html: '<ul>\n<li>one</li>\n</ul>' }])
    expect(readerNotes('<p>A <strong>bold</strong> <a href="https://x.org">link</a>.</p>')[0].html).toContain('<strong>bold</strong>')
    expect(readerNotes('')).toEqual([])
    expect(readerNotes(undefined)).toEqual([])
    expect(readerNotes(`<p>${mark(1)}</p>`)).toEqual([])
  })
})

describe('helpers', () => {
  it('reads the text of HTML', () => {
    expect(textOf('<p>A&amp;B &lt;x&gt;\n  <em>c</em></p>')).toBe('A&B <x> c')
  })
  it('spots the presenter marker only at the start', () => {
    expect(isPresenterOnly('<p> [presenter] hi</p>')).toBe(true)
    expect(isPresenterOnly('<p>Tell the [presenter] this</p>')).toBe(false)
  })
})
