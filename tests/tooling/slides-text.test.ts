import { describe, expect, it } from 'vitest'
import {
  clickMarkers,
  countWords,
  dayDateMatches,
  dayDatesIn,
  factTags,
  figureMatches,
  figuresIn,
  firstBodyElement,
  lineOf,
  maskFrontmatter,
  noteOf,
  proseForFigures,
  readableText,
  screenText,
  vClickCount,
  wordRuns,
  wordsOf,
} from './slides-text'

const SLIDE = `---
clicks: 2
layout: default
---

# Nvidia lost <Fact id="nvidia-loss-usd" text="about $590B" /> in a day

<p class="kicker">Act 5 · Market fallout</p>

\`\`\`ts
const x = 42
\`\`\`

See [the wrap](https://example.com/2025/01/27) and &#8203;{{ 1 + 2 }}.

1. first point
2. worth <Fact
   id="move-nvidia-pct" /> today

<!-- an authoring comment with 99 -->

<!--
Budget: 3 min.
The drop was 17%.
[click] Then the rest.
[click] And the end.
-->
`

describe('maskFrontmatter', () => {
  it.each([
    { raw: '---\nclicks: 2\n---\n\n# A', kept: '# A' },
    { raw: '\n```yaml\nclicks: 2\n```\n\n# A', kept: '# A' },
    { raw: '# A\n\n---', kept: '# A\n\n---' },
    { raw: '', kept: '' },
  ])('keeps $kept', ({ raw, kept }) => {
    const masked = maskFrontmatter(raw)
    expect(masked.length).toBe(raw.length)
    expect(masked.trim()).toBe(kept)
  })
})

describe('noteOf', () => {
  it.each([
    { raw: SLIDE, note: 'Budget: 3 min.\nThe drop was 17%.\n[click] Then the rest.\n[click] And the end.' },
    { raw: '# A\n\n<!-- not last -->\n\nText', note: null },
    { raw: '# A', note: null },
    { raw: '---\nx: 1\n---\n<!-- only -->\n', note: 'only' },
  ])('finds $note', ({ raw, note }) => {
    expect(noteOf(raw)?.text ?? null).toBe(note)
  })
})

describe('proseForFigures', () => {
  const prose = proseForFigures(SLIDE)
  const lines = prose.split('\n')

  it('keeps every line where it was', () => {
    expect(prose.length).toBe(SLIDE.length)
    expect(lines.length).toBe(SLIDE.split('\n').length)
  })

  it('blanks frontmatter, tags, code, links, entities, mustaches, list markers and comments', () => {
    // Only the kicker's act number is left: the lint's allowlist deals with it.
    expect(prose.match(/\d+/g)).toEqual(['5'])
    expect(lines[5].replace(/\s+/g, ' ')).toBe('# Nvidia lost in a day')
    expect(prose).toContain('first point')
  })
})

describe('factTags', () => {
  it('finds ids, text overrides and offsets, across lines, outside comments', () => {
    const tags = factTags(SLIDE)
    expect(tags.map(t => [t.id, t.text, lineOf(SLIDE, t.offset)])).toEqual([
      ['nvidia-loss-usd', 'about $590B', 5],
      ['move-nvidia-pct', undefined, 16],
    ])
  })

  it.each([
    { raw: `<Fact id='a' />`, id: 'a' },
    { raw: `<Fact :id="x" />`, id: null },
    { raw: '<!-- <Fact id="gone" /> -->', id: undefined },
    { raw: '`<Fact id="code" />`', id: undefined },
  ])('$raw → $id', ({ raw, id }) => {
    expect(factTags(raw)[0]?.id).toBe(id)
  })
})

describe('readableText', () => {
  it('shows each Fact as its words, drops other tags and keeps lines', () => {
    const text = readableText('# A <Fact id="x" />\n<div class="was">\nB <Fact\n id="y" text="about 3" /> C</div>', t => t.text ?? `[${t.id}]`)
    expect(text.split('\n').map(l => l.replace(/\s+/g, ' ').trim())).toEqual(['# A [x]', '', 'B about 3', 'C'])
  })
})

describe('wordsOf and wordRuns', () => {
  it.each([
    { text: 'The “Sputnik moment”, don’t panic!', words: ['the', 'sputnik', 'moment', 'dont', 'panic'] },
    { text: 'About 2,000 H800s cost $5.5 million', words: ['about', '2000', 'h800s', 'cost', '55', 'million'] },
    { text: '', words: [] },
    { text: ' — … ', words: [] },
  ])('$text', ({ text, words }) => {
    expect(wordsOf(text).map(w => w.word)).toEqual(words)
  })

  it('numbers lines and builds runs', () => {
    const words = wordsOf('a b\nc d')
    expect(words.map(w => w.line)).toEqual([0, 0, 1, 1])
    expect(wordRuns(words, 3)).toEqual([{ run: 'a b c', line: 0 }, { run: 'b c d', line: 0 }])
    expect(wordRuns(words, 5)).toEqual([])
  })
})

describe('clickMarkers', () => {
  it.each([
    { note: 'no clicks', positions: [] },
    { note: 'a [click] b [click] c', positions: [1, 2] },
    { note: '[click] a [click:3] b [click]', positions: [1, 3, 4] },
  ])('$note → $positions', ({ note, positions }) => {
    expect(clickMarkers(note)).toEqual(positions)
  })
})

describe('vClickCount', () => {
  it.each([
    { raw: '# A\n\nText', count: 0 },
    { raw: '<div v-click>a</div>\n<v-click>b</v-click>\n<p v-click.hide>c</p>', count: 3 },
    { raw: '<v-clicks>\n\n- a\n- b\n  - nested b\n- c\n\n</v-clicks>', count: 4 },
    { raw: '<v-clicks>\n<div>a</div>\n<div>b</div>\n</v-clicks>', count: 2 },
    { raw: '<div v-click="3">a</div>', count: null },
    { raw: '<v-click at="+2">a</v-click>', count: null },
    { raw: '<!-- <div v-click>a</div> -->\n`v-click`', count: 0 },
  ])('$raw → $count', ({ raw, count }) => {
    expect(vClickCount(raw)).toBe(count)
  })
})

describe('figuresIn', () => {
  it.each([
    { text: 'lost $590B', figures: [{ raw: '$590B', value: 590e9, tolerance: 5e9, kind: 'money' }] },
    { text: 'about 1.5% and 2,048 GPUs', figures: [{ raw: '1.5%', value: 1.5, tolerance: 0.05, kind: 'percent' }, { raw: '2,048', value: 2048, tolerance: 0.5, kind: 'plain' }] },
    { text: '2.6 million downloads, 27× cheaper', figures: [{ raw: '2.6 million', value: 2.6e6, tolerance: 0.05e6, kind: 'plain' }, { raw: '27×', value: 27, tolerance: 0.5, kind: 'multiple' }] },
    { text: 'lost 17 to 19%', figures: [{ raw: '17', value: 17, tolerance: 0.5, kind: 'percent' }, { raw: '19%', value: 19, tolerance: 0.5, kind: 'percent' }] },
    { text: '$589–593B', figures: [{ raw: '$589', value: 589e9, tolerance: 0.5e9, kind: 'money' }, { raw: '593B', value: 593e9, tolerance: 0.5e9, kind: 'money' }] },
    { text: '55 cents, 7 percent', figures: [{ raw: '55 cents', value: 0.55, tolerance: 0.005, kind: 'money' }, { raw: '7 percent', value: 7, tolerance: 0.5, kind: 'percent' }] },
    { text: 'no numbers here', figures: [] },
    { text: '0', figures: [{ raw: '0', value: 0, tolerance: 0.5, kind: 'plain' }] },
  ])('$text', ({ text, figures }) => {
    expect(figuresIn(text).map(({ raw, value, tolerance, kind }) => ({ raw, value, tolerance, kind }))).toEqual(figures)
  })
})

describe('figureMatches', () => {
  const [usd, pct, num] = [{ style: 'usd', scale: 'B' }, { style: 'percent' }, { style: 'number' }] as const
  const fig = (text: string) => figuresIn(text)[0]

  it.each([
    { text: '$590B', value: { low: 589e9, high: 593e9 }, f: usd, ok: true },
    { text: '$600B', value: { low: 589e9, high: 593e9 }, f: usd, ok: true },
    { text: '$595B', value: { low: 589e9, high: 593e9 }, f: usd, ok: false },
    { text: '17%', value: -16.97, f: pct, ok: true },
    { text: '1.5%', value: -1.46, f: pct, ok: true },
    { text: '1.4%', value: -1.46, f: pct, ok: false },
    { text: '3', value: -3.07, f: pct, ok: false },
    { text: '3 percent', value: -3.07, f: pct, ok: true },
    { text: '6 million dollars', value: 5.576e6, f: { style: 'usd', scale: 'M' }, ok: true },
    { text: '6 million', value: 5.576e6, f: { style: 'usd', scale: 'M' }, ok: true },
    { text: '6', value: 5.576, f: { style: 'usd' }, ok: false },
    { text: '17%', value: 17, f: num, ok: false },
    { text: '2,048', value: 2048, f: num, ok: true },
    { text: '2,049', value: 2048, f: num, ok: false },
    { text: '$2,048', value: 2048, f: num, ok: false },
    { text: '5', value: '2025-01-27', f: { style: 'date' }, ok: false },
  ] as const)('$text vs $value → $ok', ({ text, value, f, ok }) => {
    expect(figureMatches(fig(text), value, f)).toBe(ok)
  })
})

describe('dayDatesIn and dayDateMatches', () => {
  it.each([
    { text: 'on Jan 27 it fell', iso: '2025-01-27', ok: true },
    { text: 'on January 27, 2025', iso: '2025-01-27', ok: true },
    { text: 'on January 27, 2024', iso: '2025-01-27', ok: false },
    { text: 'on 26 January', iso: '2025-01-26', ok: true },
    { text: 'Sept 27', iso: '2025-01-27', ok: false },
    { text: 'on Jan 27', iso: '2025-01', ok: false },
  ])('$text vs $iso → $ok', ({ text, iso, ok }) => {
    const [date] = dayDatesIn(text)
    expect(dayDateMatches(date, iso)).toBe(ok)
  })

  it('finds nothing without a day', () => {
    expect(dayDatesIn('in May 2023 and March')).toEqual([])
  })
})

describe('screenText and countWords', () => {
  const RAW = `---
clicks: 1
---

<p class="kicker">Act 5 · Market fallout</p>

# Nvidia lost <Fact id="nvidia-loss-usd" /> in a day

- Chipmakers fell <Fact id="move-nvidia-pct" text="17%" />, the **Dow** rose.
> “A quote, in [two](https://example.com/x) parts.”

| Chip | Speed |
| --- | --- |
| H800 | slower |

<FooChart :step="$clicks" claim="not counted" />
<BarChart>slot words of a chart</BarChart>
<QuoteCard by="Someone"><Fact id="q" /> said so</QuoteCard>
<Correction v-click id="x" />

<style>
.a { text-decoration: line-through; }
</style>

<!--
Notes are not on screen.
-->
`
  const options = {
    factText: (t: { id: string | null, text?: string }) => t.text ?? (t.id === 'q' ? 'quoted words' : '$590B'),
    componentText: (name: string) => (name === 'Correction' ? 'The article said this · In fact that' : undefined),
    isChart: (name: string) => name.endsWith('Chart'),
  }

  it('keeps every line where it was', () => {
    expect(screenText(RAW, options).split('\n')).toHaveLength(RAW.split('\n').length)
  })

  it('reads body words only: no kicker, h1, chart, style or notes; Facts and markers as printed', () => {
    const text = screenText(RAW, options)
    const words = text.split(/\s+/).filter(Boolean)
    expect(words).toEqual([
      'Chipmakers',
      'fell',
      '17%',
      ',',
      'the',
      '**Dow**',
      'rose.',
      '“A',
      'quote,',
      'in',
      '[two]',
      'parts.”',
      'Chip',
      'Speed',
      'H800',
      'slower',
      'quoted',
      'words',
      'said',
      'so',
      'The',
      'article',
      'said',
      'this',
      '·',
      'In',
      'fact',
      'that',
    ])
    expect(countWords(text)).toBe(26)
    expect(text).not.toMatch(/Nvidia lost|Act 5|slot words|not counted|line-through|Notes/)
  })

  it('keeps the headline and kicker when asked', () => {
    expect(screenText(RAW, { ...options, withHeadline: true })).toMatch(/Act 5 · Market fallout[\s\S]*Nvidia lost\s+\$590B\s+in a day/)
  })

  it.each([
    ['plain words here', 3],
    ['AI-chip, $5.6M — on Jan 27, 2025 · yes', 7],
    ['', 0],
  ])('countWords(%j) = %i', (text, n) => {
    expect(countWords(text)).toBe(n)
  })
})

describe('firstBodyElement', () => {
  it.each([
    ['<p class="kicker">Act 1</p>\n\n# Title\n\n<Correction id="x" />\n\nText', 'Correction'],
    ['---\nclicks: 1\n---\n\n# Title\n\n<style>.x{}</style>\n\n<!-- c -->\n\n<AppChart />\n\n<Correction id="x" />', 'AppChart'],
    ['# Title\n\nSome text\n\n<Correction id="x" />', 'text'],
    ['# Title\n\n<!--\nnotes\n-->', null],
  ])('%j → %s', (raw, name) => {
    expect(firstBodyElement(raw)).toBe(name)
  })
})
