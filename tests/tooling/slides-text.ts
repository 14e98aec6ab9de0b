/**
 * Test tooling, not deck code (it loads @slidev/parser, so it stays out of lib/).
 * Reads slide markdown for the deck's story-level tests: speaker notes, click markers, the
 * figures a slide shows, and word runs. Pure string functions, except `loadDeck` (Node only),
 * which resolves slides.md and its `src:` imports with Slidev's own parser.
 *
 * Masking functions blank text with spaces and keep every newline, so an offset in the masked
 * text is on the same line as in the source: a test can name the file and line of a problem.
 */
import type { FactFormat, FactValue } from '../../data/types'

// The copy check hashes the slides' word runs exactly as scripts/seed-fingerprint.mjs hashes the
// article's, so both read words through one module.
export { wordRuns, wordsOf } from '../../scripts/seed-fingerprint-lib.mjs'

export interface DeckSlide {
  /** 1-based deck position, as in the URL `#/<no>`. */
  no: number
  /** Repo-relative path: "pages/05-market.md". */
  file: string
  /** 1-based line of `raw`'s first line in `file`. */
  line: number
  /** The slide's own text, frontmatter and notes included (LF line ends). */
  raw: string
  frontmatter: Record<string, unknown>
}

/** Every slide of `<root>/slides.md` in deck order, `src:` imports resolved. Node only. */
export async function loadDeck(root: string): Promise<DeckSlide[]> {
  const { load } = await import('@slidev/parser/fs')
  const base = root.replace(/\/+$/, '')
  const data = await load({ roots: [base], userRoot: base }, `${base}/slides.md`)
  return data.slides.map((slide, i) => ({
    no: i + 1,
    file: slide.source.filepath.startsWith(`${base}/`) ? slide.source.filepath.slice(base.length + 1) : slide.source.filepath,
    line: slide.source.start + 1,
    raw: slide.source.raw.replace(/\r\n?/g, '\n'),
    frontmatter: slide.frontmatter ?? {},
  }))
}

/** Spaces for every character but newlines. */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ')
}

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, blank)
}

/** 0-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n')
      line++
  }
  return line
}

/** Blanks a leading `---` frontmatter block or a leading ```yaml block (Slidev accepts both). */
export function maskFrontmatter(raw: string): string {
  return raw
    .replace(/^(\s*)(---\n[\s\S]*?\n---)(?=\n|$)/, (_, lead: string, block: string) => lead + blank(block))
    .replace(/^(\s*)(```ya?ml\n[\s\S]*?\n```)(?=\n|$)/, (_, lead: string, block: string) => lead + blank(block))
}

export interface Note {
  /** The note's text, trimmed. */
  text: string
  /** Offsets of the whole comment in the slide's raw text. */
  start: number
  end: number
}

/** The speaker notes: the slide's last HTML comment, if nothing but whitespace follows it (Slidev's rule). */
export function noteOf(raw: string): Note | null {
  const body = maskFrontmatter(raw)
  const comments = [...body.matchAll(/<!--([\s\S]*?)-->/g)]
  const last = comments.at(-1)
  if (!last || last.index === undefined || body.slice(last.index + last[0].length).trim() !== '')
    return null
  return { text: last[1].trim(), start: last.index, end: last.index + last[0].length }
}

/** Blanks code the reader never sees as prose: fenced blocks, inline code, <script>, <style>. */
export function maskCode(text: string): string {
  let out = blankAll(text, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm)
  out = blankAll(out, /<(script|style)\b[\s\S]*?<\/\1\s*>/g)
  return blankAll(out, /`[^`\n]+`/g)
}

export function maskComments(text: string): string {
  return blankAll(text, /<!--[\s\S]*?-->/g)
}

/** Any HTML or component tag, attributes and all (`<h2>`, `<Fact id="…" />`, `</div>`). */
const TAG = /<\/?[A-Z][\w.:-]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/gi

/**
 * The slide's prose with everything that is not a shown figure blanked: frontmatter, comments
 * (notes included), code, tags with their attributes, link targets and URLs, HTML entities,
 * `{{ }}` expressions, and ordered-list markers. Lines keep their numbers.
 */
export function proseForFigures(raw: string): string {
  let out = maskFrontmatter(raw)
  out = maskCode(out)
  out = maskComments(out)
  out = blankAll(out, /\{\{[\s\S]*?\}\}/g)
  out = blankAll(out, TAG)
  out = out.replace(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, m => `]${blank(m.slice(1))}`)
  out = blankAll(out, /\bhttps?:\/\/[^\s)<>"']+/g)
  out = blankAll(out, /&#?\w+;/g)
  out = blankAll(out, /^\s*\d+[.)](?=\s)/gm)
  return out
}

export interface FactTag {
  /** The static id, or null when bound (`:id="…"`). */
  id: string | null
  /** The `text="…"` override, if any. */
  text?: string
  /** Offset of `<Fact` in the text given. */
  offset: number
  tag: string
}

function attr(tag: string, name: string): string | undefined {
  const m = tag.match(new RegExp(`(?<![:@\\w-])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`))
  return m ? (m[1] ?? m[2]) : undefined
}

/** Every `<Fact …>` tag outside comments and code. */
export function factTags(raw: string): FactTag[] {
  const text = maskComments(maskCode(maskFrontmatter(raw)))
  return [...text.matchAll(/<Fact(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g)].map(m => ({
    id: attr(m[0], 'id') ?? null,
    text: attr(m[0], 'text'),
    offset: m.index!,
    tag: m[0],
  }))
}

/**
 * What a reader sees on the slide and hears from the notes, as plain text with line numbers kept:
 * Fact tags become their shown words (`factText`), other tags and code fences disappear.
 */
export function readableText(raw: string, factText: (tag: FactTag) => string): string {
  const keepLines = (match: string, replacement: string) => replacement + '\n'.repeat((match.match(/\n/g) ?? []).length)
  let out = maskFrontmatter(raw)
  out = out.replace(/<Fact\b[^>]*?\/?>/g, (m) => {
    const id = attr(m, 'id') ?? null
    return keepLines(m, factText({ id, text: attr(m, 'text'), offset: 0, tag: m }))
  })
  out = out.replace(/<!--|-->/g, ' ')
  out = out.replace(TAG, m => keepLines(m, ' '))
  return out.replace(/^(```|~~~).*$/gm, ' ')
}

/**
 * Click positions named by the notes' markers, in order: `[click]` is one more than the
 * previous, `[click:3]` jumps to 3. A well-formed note for a slide of N clicks ends at N.
 */
export function clickMarkers(note: string): number[] {
  const positions: number[] = []
  for (const m of note.matchAll(/\[click(?::(\d+))?\]/g))
    positions.push(m[1] !== undefined ? Number(m[1]) : (positions.at(-1) ?? 0) + 1)
  return positions
}

/**
 * Clicks registered by plain `v-click` / `<v-click>` / `<v-clicks>` builds, or null when the
 * slide positions its builds (`at=`, `v-click="3"`, `every=`) and so must declare `clicks:`.
 */
export function vClickCount(raw: string): number | null {
  const body = maskComments(maskCode(maskFrontmatter(raw)))
  if (/\bv-click(?:s|\.hide)?\s*=|(?<![\w-])(?:at|every)\s*=/.test(body))
    return null
  let count = 0
  // <v-clicks> reveals its list items (or child elements) one by one.
  const withoutGroups = body.replace(/<(v-clicks|VClicks)\b[^>]*>([\s\S]*?)<\/\1\s*>/g, (_, _tag: string, inner: string) => {
    const items = inner.match(/^\s*(?:[-*+]|\d+[.)])\s/gm)?.length
      ?? inner.match(/<[A-Z][^>]*>/gi)?.filter(t => !/^<\//.test(t)).length
      ?? 0
    count += items
    return ''
  })
  // <v-click> elements and v-click / v-click.hide attributes each take one click.
  count += withoutGroups.match(/<(?:v-click|VClick)\b/g)?.length ?? 0
  count += withoutGroups.match(/<[A-Za-z][^>]*\sv-click(?:\.hide)?(?=[\s>/])/g)?.length ?? 0
  return count
}

export type FigureKind = 'money' | 'percent' | 'multiple' | 'plain'

export interface Figure {
  raw: string
  start: number
  end: number
  /** In base units: "$590B" → 590e9. */
  value: number
  /** Half a unit of the last printed digit: "590" → 5, "1.5" → 0.05, "2,048" → 0.5 (times the magnitude). */
  tolerance: number
  /** 1, or the multiplier of its K/M/B/T/million… word. */
  magnitude: number
  kind: FigureKind
}

const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  mn: 1e6,
  million: 1e6,
  B: 1e9,
  bn: 1e9,
  billion: 1e9,
  T: 1e12,
  trillion: 1e12,
}

const FIGURE = /(\$|US\$|RMB ?|¥)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?([KMBTk]|bn|mn)\b|\s(thousand|million|billion|trillion)\b)?(\s?%|\s?per ?cent\b|\s?[×x](?![\p{L}\d])|\stimes\b|\s(?:US )?dollars\b|\sUSD\b|\syuan\b|\scents?\b)?/gu

/** Numbers in prose with their currency, magnitude and unit ("$589", "593B", "17%", "27×", "2.6 million", "6 million dollars", "55 cents"). */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = []
  for (const m of text.matchAll(FIGURE)) {
    const [raw, currency, digits, shortMag, longMag, unit] = m
    const plain = digits.replace(/,/g, '')
    const magnitude = MAGNITUDE[shortMag ?? longMag ?? ''] ?? 1
    const decimals = plain.split('.')[1]?.length ?? 0
    const trailingZeros = decimals > 0 || /^0+$/.test(plain) ? 0 : plain.match(/0*$/)![0].length
    const step = decimals > 0 ? 10 ** -decimals : 10 ** trailingZeros
    const cents = /^\s?cents?$/.test(unit ?? '')
    const kind: FigureKind = currency || cents || /dollars|USD|yuan/.test(unit ?? '')
      ? 'money'
      : !unit ? 'plain' : /%|per ?cent/.test(unit) ? 'percent' : 'multiple'
    // "55 cents" is $0.55.
    const scale = cents ? magnitude / 100 : magnitude
    figures.push({ raw, start: m.index!, end: m.index! + raw.length, value: Number(plain) * scale, tolerance: (step / 2) * scale, magnitude: scale, kind })
  }
  // "17 to 19%", "$589–593B": two numbers joined as a range share currency, magnitude and unit.
  for (let i = figures.length - 2; i >= 0; i--) {
    const [a, b] = [figures[i], figures[i + 1]]
    if (!/^\s*(?:to|[–\-—])\s*$/.test(text.slice(a.end, b.start)))
      continue
    const scale = a.magnitude === 1 ? b.magnitude : 1
    const kind = a.kind === 'plain' ? b.kind : a.kind
    figures[i] = { ...a, kind, magnitude: a.magnitude * scale, value: a.value * scale, tolerance: a.tolerance * scale }
    figures[i + 1] = { ...b, kind: b.kind === 'plain' ? kind : b.kind }
  }
  return figures
}

// A bare number matches a count: "fell 3" is not "fell 3%", and "27×" must say "times".
const KINDS_FOR_STYLE: Record<FactFormat['style'], FigureKind[]> = {
  usd: ['money'],
  cny: ['money'],
  percent: ['percent'],
  multiple: ['multiple'],
  number: ['plain'],
  date: [],
  text: [],
}

/** Whether a printed figure is this registry value, rounded as printed (signs ignored: "fell 17%"). */
export function figureMatches(figure: Figure, value: FactValue, format: FactFormat): boolean {
  if (typeof value === 'string')
    return false
  // "191 million" in a sentence about cost is money: a bare number with a magnitude word may be either.
  const moneyWords = figure.kind === 'plain' && figure.magnitude > 1 && (format.style === 'usd' || format.style === 'cny')
  if (!KINDS_FOR_STYLE[format.style].includes(figure.kind) && !moneyWords)
    return false
  const [low, high] = typeof value === 'number'
    ? [Math.abs(value), Math.abs(value)]
    : [Math.min(Math.abs(value.low), Math.abs(value.high)), Math.max(Math.abs(value.low), Math.abs(value.high))]
  const printed = Math.abs(figure.value)
  // A little slack for floating point ("1.5" vs 1.45 → 0.05 within 0.05).
  const tolerance = figure.tolerance * (1 + 1e-9)
  return printed >= low - tolerance && printed <= high + tolerance
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

export interface DayDate {
  start: number
  end: number
  /** 1–12. */
  month: number
  day: number
  year?: number
}

/** Day-of-month dates in prose: "Jan 27", "January 27, 2025", "27 January". */
export function dayDatesIn(text: string): DayDate[] {
  const dates: DayDate[] = []
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g')
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?!\\p{L})(?:,?\\s+(\\d{4})\\b)?`, 'gu')
  for (const m of text.matchAll(monthFirst))
    dates.push({ start: m.index!, end: m.index! + m[0].length, month: MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, day: Number(m[2]), year: m[3] ? Number(m[3]) : undefined })
  for (const m of text.matchAll(dayFirst))
    dates.push({ start: m.index!, end: m.index! + m[0].length, month: MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, day: Number(m[1]), year: m[3] ? Number(m[3]) : undefined })
  return dates.sort((a, b) => a.start - b.start)
}

/** Whether a prose date is this ISO date (YYYY-MM-DD); without a year, month and day must agree. */
export function dayDateMatches(date: DayDate, iso: string): boolean {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!m)
    return false
  return Number(m[2]) === date.month && Number(m[3]) === date.day && (date.year === undefined || Number(m[1]) === date.year)
}

/** A component or HTML tag, attributes and all, opening or self-closing, named `name`. */
function openTag(name: string): RegExp {
  return new RegExp(`<${name}\\b(?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'>]+))?)*\\s*(\\/?)>`, 'g')
}

/** Blanks every `<Name …/>` or `<Name …>…</Name>` element whose name passes `drop` (not nested in itself). */
function blankElements(text: string, drop: (name: string) => boolean): string {
  let out = text
  const names = new Set([...out.matchAll(/<([A-Z][\w-]*)\b/g)].map(m => m[1]).filter(drop))
  for (const name of names) {
    let m: RegExpExecArray | null
    const re = openTag(name)
    // eslint-disable-next-line no-cond-assign
    while ((m = re.exec(out))) {
      let end = m.index + m[0].length
      if (!m[1]) {
        const close = out.indexOf(`</${name}>`, end)
        if (close >= 0)
          end = close + `</${name}>`.length
      }
      out = out.slice(0, m.index) + blank(out.slice(m.index, end)) + out.slice(end)
      re.lastIndex = end
    }
  }
  return out
}

/** The first `# ` markdown headline or `<h1>` element, blanked. */
export function maskHeadline(text: string): string {
  const md = /^#[ \t].*$/m.exec(text)
  const html = /<h1\b[\s\S]*?<\/h1\s*>/.exec(text)
  const first = [md, html].filter(Boolean).sort((a, b) => a!.index - b!.index)[0]
  return first ? text.slice(0, first.index) + blank(first[0]) + text.slice(first.index + first[0].length) : text
}

/** The act kicker (`<p class="kicker">Act 3 · Cost and chips</p>`), blanked. */
export function maskKicker(text: string): string {
  return blankAll(text, /<p\b[^>]*\bclass="[^"]*\bkicker\b[^"]*"[^>]*>[\s\S]*?<\/p\s*>/g)
}

export interface ScreenTextOptions {
  /** The words a `<Fact>` prints. */
  factText: (tag: FactTag) => string
  /**
   * The words a self-closing component prints from data (`<Correction id="…" />`), or undefined
   * for a component whose attributes print nothing of their own.
   */
  componentText?: (name: string, tag: string) => string | undefined
  /** Components whose whole element, slot included, is a chart frame: its words are not counted. */
  isChart?: (name: string) => boolean
  /** Keep the h1 and the kicker (for checks of everything visible, such as dates). Default false. */
  withHeadline?: boolean
}

/**
 * What the audience reads on a slide, as plain text with every line where it was: no
 * frontmatter, notes or other comments, code, `<style>` or `<script>`, tags or attributes, link
 * targets, `{{ }}` or markdown markers; without the h1 and the kicker (unless `withHeadline`);
 * chart components dropped with their slots; each `<Fact>` as the words it prints, and data-driven
 * components (the correction marker) as theirs. Slot text of other components is kept.
 */
export function screenText(raw: string, options: ScreenTextOptions): string {
  const keepLines = (match: string, replacement: string) => replacement.replace(/\n/g, ' ') + '\n'.repeat((match.match(/\n/g) ?? []).length)
  let out = maskComments(maskCode(maskFrontmatter(raw)))
  if (!options.withHeadline)
    out = maskKicker(maskHeadline(out))
  if (options.isChart)
    out = blankElements(out, options.isChart)
  out = out.replace(/<Fact(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g, m =>
    keepLines(m, ` ${options.factText({ id: attr(m, 'id') ?? null, text: attr(m, 'text'), offset: 0, tag: m })} `))
  if (options.componentText) {
    out = out.replace(/<([A-Z][\w-]*)\b(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/>/g, (m, name: string) => {
      const text = options.componentText!(name, m)
      return text === undefined ? m : keepLines(m, ` ${text} `)
    })
  }
  out = out.replace(TAG, m => keepLines(m, ' '))
  out = blankAll(out, /\{\{[\s\S]*?\}\}/g)
  out = out.replace(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, m => `]${blank(m.slice(1))}`)
  out = blankAll(out, /&#?\w+;/g)
  // Markdown markers: list bullets and numbers, quotes, headings, table rules and pipes.
  out = out.replace(/^(\s*)(?:[\-*+>]|\d+[.)]|#{1,6})(?=\s)/gm, (m, lead: string) => lead + blank(m.slice(lead.length)))
  out = out.replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, blank)
  return out.replace(/\|/g, ' ')
}

/** Words as a word processor counts them: runs between spaces holding a letter or a digit ("AI-chip", "$5.6M" are one each). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * The name of the slide's first element after its kicker and h1: a component or tag name
 * ("Correction", "div"), "text" for markdown, or null for an empty body.
 */
export function firstBodyElement(raw: string): string | null {
  const body = maskKicker(maskHeadline(maskComments(maskCode(maskFrontmatter(raw)))))
  const start = body.search(/\S/)
  if (start < 0)
    return null
  return /^<([A-Z][\w.-]*)/i.exec(body.slice(start))?.[1] ?? 'text'
}

/** The talk (slides before the first `appendix: true` frontmatter) and the appendix (from it on). */
export function splitDeck<T extends { frontmatter: Record<string, unknown> }>(slides: readonly T[]): { talk: T[], appendix: T[] } {
  const start = slides.findIndex(s => s.frontmatter.appendix === true)
  return start < 0 ? { talk: [...slides], appendix: [] } : { talk: slides.slice(0, start), appendix: slides.slice(start) }
}

/** A time budget in the notes: "Budget: 2.5 min." (the presenter reads it; it is not spoken). */
export const BUDGET = /\bBudget: (\d+(?:\.\d+)?) min\./

/**
 * The words a presenter says from a note: all of its text, `[presenter]` paragraphs included
 * (they are spoken; they are only left out of the reading view), without the `[click]` /
 * `[presenter]` markers and the "Budget: N min." line, which are cues, not speech.
 */
export function spokenWords(note: string): number {
  const speech = note
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/\[presenter\]/gi, ' ')
    .replace(new RegExp(BUDGET.source, 'g'), ' ')
  return countWords(speech)
}
