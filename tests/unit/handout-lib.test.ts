import { describe, expect, it } from 'vitest'
import { FACTS_CHECKED } from '../../data/checked'
import { escapeHtml, handoutHtml, notesToHtml } from '../../scripts/handout-lib.mjs'

describe('notesToHtml', () => {
  it.each([
    ['empty notes', '', '<p class="none">No notes.</p>'],
    ['missing notes', undefined, '<p class="none">No notes.</p>'],
    ['one paragraph over two lines', 'Say this\nand that.', '<p>Say this and that.</p>'],
    ['two paragraphs', 'One.\n\nTwo.', '<p>One.</p>\n<p>Two.</p>'],
    ['a click marker', 'Start. [click] Then.', '<p>Start. <span class="click">click</span> Then.</p>'],
    ['a numbered click marker', '[click:3] Last.', '<p><span class="click">click 3</span> Last.</p>'],
    ['a list', '- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['strong, emphasis and code', '**Stress** *this* `x`', '<p><strong>Stress</strong> <em>this</em> <code>x</code></p>'],
    ['a link, keeping its text', 'See [the filing](https://example.com).', '<p>See the filing.</p>'],
    ['HTML, escaped', '<script>alert(1)</script> & "q"', '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</p>'],
    ['Windows line ends', 'A.\r\n\r\nB.', '<p>A.</p>\n<p>B.</p>'],
  ])('renders %s', (_label, note, html) => {
    expect(notesToHtml(note)).toBe(html)
  })

  it('leaves prices and percentages alone', () => {
    expect(notesToHtml('Costs $5.6M, down 17%, 2*3 = 6.')).toBe('<p>Costs $5.6M, down 17%, 2*3 = 6.</p>')
  })
})

describe('escapeHtml', () => {
  it('rejects a non-string with a TypeError naming the type', () => {
    expect(() => escapeHtml(42 as unknown as string)).toThrow(/number/)
  })
})

describe('handoutHtml', () => {
  const page = handoutHtml({
    title: 'Deck <1>',
    slides: [
      { no: 1, title: 'Cover', image: 'data:image/png;base64,AAAA', note: 'Hello.' },
      { no: 2, title: 'Chart "A"', image: 'data:image/png;base64,BBBB', note: '' },
    ],
  })

  it('has one row per slide, picture and notes side by side', () => {
    expect(page.match(/<section class="row">/g)).toHaveLength(2)
    expect(page).toContain('<img src="data:image/png;base64,BBBB" alt="Slide 2: Chart &quot;A&quot;">')
    expect(page).toContain('<p>Hello.</p>')
    expect(page).toContain('<p class="none">No notes.</p>')
  })

  it('escapes the title and sets the language', () => {
    expect(page).toContain('<title>Deck &lt;1&gt;: speaker handout</title>')
    expect(page).toContain('<html lang="en">')
  })

  it('loads nothing from the network', () => {
    expect(page).not.toMatch(/https?:\/\//)
  })

  it('says how current the facts are, when told', () => {
    expect(page).not.toContain('Facts checked to')
    const dated = handoutHtml({ title: 'Deck', slides: [], checked: FACTS_CHECKED.label })
    expect(dated).toContain(`<p class="checked">Facts checked to ${FACTS_CHECKED.label}</p>`)
  })
})
