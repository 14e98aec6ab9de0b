/**
 * The fact registry is the deck's single source of figures. These checks keep it honest:
 * every fact cites sources that exist in data/sources.ts, prints cleanly, is used somewhere
 * (a slide, a chart dataset, a component, or `background: true`), and every id a slide or
 * component cites exists and may be shown. Failures list every offender at once.
 *
 * Facts are read file by file (not through data/facts/index.ts), so a duplicate id is reported
 * here by name instead of as an import error.
 */
import type { ChartDataset, Fact } from '../../data/types'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARTICLE_FIGURES } from '../../data/corrections'
import { sources } from '../../data/sources'
import { ACTS } from '../../data/types'
import { formatDate, formatValue } from '../../lib/format'
import { factTags, lineOf } from '../tooling/slides-text'

const ROOT = `${resolve(import.meta.dirname, '../..')}/`
const CONFIDENCES = ['high', 'medium', 'low', 'unverified']
/** Sources are dated to the month at least. */
const ISO = /^\d{4}-\d{2}(?:-\d{2})?$/
/** A fact's own date (value or asOf) may be a bare year where only the year is known ("founded 2015"). */
const FACT_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
const isCalendarDate = (d: string) => /^\d{4}$/.test(d) || formatDate(d) !== d

function isFact(x: unknown): x is Fact {
  return typeof x === 'object' && x !== null && 'id' in x && 'sources' in x && 'value' in x
}

// Every Fact in every data/facts/*.ts file, with the file it came from.
const factModules = import.meta.glob<Record<string, unknown>>(
  ['../../data/facts/*.ts', '!../../data/facts/index.ts', '!../../data/facts/*.test.ts'],
  { eager: true },
)
const defined: { fact: Fact, file: string }[] = Object.entries(factModules).flatMap(([path, mod]) =>
  Object.values(mod).filter(Array.isArray).flat().filter(isFact).map(fact => ({ fact, file: path.replace('../../', '') })),
)
const facts = defined.map(d => d.fact)
const where = new Map(defined.map(d => [d.fact.id, d.file]))
const name = (f: Fact) => `${f.id} (${where.get(f.id)})`
const sourceById = new Map(sources.map(s => [s.id, s]))

/** Problems found by `check` on each fact, as "id (file): problem" lines. */
function problems(check: (fact: Fact) => (string | false | undefined)[]): string[] {
  return facts.flatMap(fact => check(fact).filter((p): p is string => !!p).map(p => `${name(fact)}: ${p}`))
}

// Where ids are cited: slide markdown (Fact tags), components (Fact tags, getFact/findFact), chart data.
interface Citation { id: string, at: string }

function read(rel: string): string {
  return readFileSync(`${ROOT}${rel}`, 'utf8').replace(/\r\n?/g, '\n')
}

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(`${ROOT}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter(f => ext.test(f) && !/\.test\.ts$/.test(f))
    .map(f => `${dir}/${f}`)
    .sort()
}

const slideFiles = ['slides.md', ...filesIn('pages', /\.md$/)]
const slideCitations: Citation[] = slideFiles.flatMap((file) => {
  const text = read(file)
  return factTags(text).map(tag => ({ id: tag.id ?? `(bound) ${tag.tag}`, at: `${file}:${lineOf(text, tag.offset) + 1}` }))
})

const codeFiles = [...filesIn('components', /\.vue$/), ...filesIn('composables', /\.ts$/), ...filesIn('lib', /\.ts$/)]
const codeCitations: Citation[] = codeFiles.flatMap((file) => {
  const text = read(file)
  const tags = factTags(text).filter(t => t.id).map(t => ({ id: t.id!, offset: t.offset }))
  const calls = [...text.matchAll(/\b(?:getFact|findFact|numberFact|rangeFact|numberOrEnd|dateFact|textFact|printedFact)\(\s*['"`]([^'"`$]+)['"`]\s*\)/g)].map(m => ({ id: m[1], offset: m.index! }))
  return [...tags, ...calls].map(c => ({ id: c.id, at: `${file}:${lineOf(text, c.offset) + 1}` }))
})

// The article-figures table (data/corrections.ts) cites a fact per row and {fact-id}s in its text.
const correctionCitations: Citation[] = ARTICLE_FIGURES.flatMap(f => [f.factId, ...[...f.fact.matchAll(/\{([\w-]+)\}/g)].map(m => m[1])]
  .map(id => ({ id, at: `data/corrections.ts (${f.id})` })))

/** Every chart's dataset, from the definitions in lib/charts/index.ts. */
async function chartDatasets(): Promise<{ dataset: ChartDataset<any>, file: string }[]> {
  // Lazy: the definitions import the merged registry, which throws on a duplicate id.
  const { charts } = await import('../../lib/charts/index')
  return charts.map(c => ({ dataset: c.dataset, file: `lib/charts/${c.id}.ts` }))
}

describe('fact registry', () => {
  it('has facts to check', () => {
    expect(facts.length).toBeGreaterThan(0)
  })

  it('has no duplicate ids', () => {
    const files = new Map<string, string[]>()
    for (const { fact, file } of defined)
      files.set(fact.id, [...(files.get(fact.id) ?? []), file])
    const duplicates = [...files].filter(([, f]) => f.length > 1).map(([id, f]) => `${id}: defined in ${f.join(', ')}`)
    expect(duplicates, 'duplicate fact ids').toEqual([])
  })

  it('merges every data/facts file in data/facts/index.ts', async () => {
    const { allFacts } = await import('../../data/facts')
    const merged = new Set(allFacts.map(f => f.id))
    expect(facts.filter(f => !merged.has(f.id)).map(name), 'facts missing from allFacts').toEqual([])
  })

  it('gives every fact an id, act, label, unit and valid confidence', () => {
    expect(problems(f => [
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id) && 'id is not kebab-case',
      !(ACTS as readonly string[]).includes(f.act) && `act "${f.act}" is not one of ${ACTS.join(', ')}`,
      !f.label?.trim() && 'empty label',
      !f.unit?.trim() && 'empty unit',
      !CONFIDENCES.includes(f.confidence) && `confidence "${f.confidence}" is not one of ${CONFIDENCES.join(', ')}`,
      !(FACT_DATE.test(f.asOf) && isCalendarDate(f.asOf)) && `asOf "${f.asOf}" is not a YYYY(-MM(-DD)) date`,
    ]), 'malformed facts').toEqual([])
  })

  it('sources every fact, and every variant, with ids from data/sources.ts', () => {
    expect(problems((f) => {
      // An unverified fact is one we could not source: it is kept for the record, never shown.
      if (!Array.isArray(f.sources) || (f.sources.length === 0 && f.confidence !== 'unverified'))
        return ['no sources']
      const variants = f.variants ?? []
      return [
        ...f.sources.map(id => !sourceById.has(id) && `cites unknown source "${id}"`),
        f.sources.length !== new Set(f.sources).size && 'cites one source twice',
        ...variants.flatMap((v, i) => [
          v.sourceIds.length === 0 && `variant ${i + 1}: no sources`,
          ...v.sourceIds.map(id => !sourceById.has(id) && `variant ${i + 1} cites unknown source "${id}"`),
          !v.reason?.trim() && `variant ${i + 1}: no reason`,
        ]),
        f.claimedBy !== undefined && !f.claimedBy.trim() && 'empty claimedBy',
      ]
    }), 'unsourced or badly sourced facts').toEqual([])
  })

  it('keeps ranges in order (low ≤ high) and dates well-formed', () => {
    expect(problems((f) => {
      const v = f.value
      if (typeof v === 'object' && v !== null)
        return [!(Number.isFinite(v.low) && Number.isFinite(v.high) && v.low <= v.high) && `range ${v.low}–${v.high} is not low ≤ high`]
      if (f.format?.style === 'date')
        return [!(typeof v === 'string' && FACT_DATE.test(v) && isCalendarDate(v)) && `date value "${String(v)}" is not a YYYY(-MM(-DD)) date`]
      return [typeof v === 'number' && !Number.isFinite(v) && `value ${v} is not finite`]
    }), 'bad values').toEqual([])
  })

  it('prints every fact with formatValue (no NaN, Infinity, undefined or null)', () => {
    expect(problems((f) => {
      try {
        const text = formatValue(f.value, f.format)
        return [(!text.trim() || /NaN|Infinity|undefined|null|\[object/.test(text)) && `prints as "${text}"`]
      }
      catch (e) {
        return [`formatValue throws: ${(e as Error).message}`]
      }
    }), 'facts that do not print').toEqual([])
  })
})

describe('fact ids cited by slides, components and charts', () => {
  const byId = new Map(facts.map(f => [f.id, f]))

  it('finds the slide files', () => {
    expect(slideFiles).toContain('slides.md')
    expect(slideFiles.length).toBeGreaterThan(1)
  })

  it('cites only ids that exist', async () => {
    const datasetCitations = (await chartDatasets()).flatMap(({ dataset, file }) => dataset.factIds.map(id => ({ id, at: `${file} (dataset ${dataset.id})` })))
    const missing = [...slideCitations, ...codeCitations, ...correctionCitations, ...datasetCitations].filter(c => !byId.has(c.id)).map(c => `${c.at}: unknown fact id "${c.id}"`)
    expect(missing, 'unknown fact ids').toEqual([])
  })

  it('never cites an unverified fact on a slide or in a chart', async () => {
    const datasetCitations = (await chartDatasets()).flatMap(({ dataset, file }) => dataset.factIds.map(id => ({ id, at: `${file} (dataset ${dataset.id})` })))
    const shown = [...slideCitations, ...codeCitations, ...correctionCitations, ...datasetCitations]
      .filter(c => byId.get(c.id)?.confidence === 'unverified')
      .map(c => `${c.at}: "${c.id}" is unverified`)
    expect(shown, 'unverified facts shown').toEqual([])
  })

  it('uses every fact: on a slide, in a chart dataset or component, or marked background: true', async () => {
    const used = new Set([
      ...slideCitations.map(c => c.id),
      ...codeCitations.map(c => c.id),
      ...correctionCitations.map(c => c.id),
      ...(await chartDatasets()).flatMap(d => d.dataset.factIds),
    ])
    const unused = facts.filter(f => !used.has(f.id) && !f.background && f.confidence !== 'unverified').map(name)
    expect(unused, 'facts defined but never used (cite them, chart them, or mark them background: true)').toEqual([])
  })
})

/**
 * The source registry (data/sources.ts): each publication once, with one title, one date and
 * one link, cited by at least one fact. Failures list every offender at once.
 */
describe('source registry', () => {
  const cited = new Set(facts.flatMap(f => [...f.sources, ...(f.variants ?? []).flatMap(v => v.sourceIds)]))
  const twice = <T>(key: (s: typeof sources[number]) => T | undefined, what: string) => {
    const seen = new Map<T, string[]>()
    for (const s of sources) {
      const k = key(s)
      if (k !== undefined)
        seen.set(k, [...(seen.get(k) ?? []), s.id])
    }
    return [...seen].filter(([, ids]) => ids.length > 1).map(([k, ids]) => `${what} ${String(k)}: ${ids.join(', ')}`)
  }

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(0)
  })

  it('gives every source a kebab-case id, publisher, title, date, and an https link or noPublicCopy', () => {
    const bad = sources.flatMap((s) => {
      let protocol = ''
      try {
        protocol = s.url ? new URL(s.url).protocol : ''
      }
      catch {}
      return [
        !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.id) && 'id is not kebab-case',
        !s.publisher?.trim() && 'empty publisher',
        !s.title?.trim() && 'empty title',
        !(ISO.test(s.date ?? '') && isCalendarDate(s.date)) && `date "${s.date}" is not a YYYY-MM(-DD) date`,
        s.url !== undefined && protocol !== 'https:' && `url "${s.url}" is not an https URL`,
        !s.url && !s.noPublicCopy && 'no url: give one, or mark noPublicCopy: true',
        s.url && s.noPublicCopy && 'has a url but is marked noPublicCopy',
        s.via !== undefined && !s.url && '"via" names a partner, but there is no partner link',
        s.via !== undefined && !s.via.trim() && 'empty via',
      ].filter((p): p is string => !!p).map(p => `${s.id}: ${p}`)
    })
    expect(bad, 'malformed sources').toEqual([])
  })

  // A data page that changes (a market-cap table) read on two days is two publications: the
  // same URL and title may recur only with a different date.
  it('has no id, URL and date, or publisher, title and date twice', () => {
    expect([
      ...twice(s => s.id, 'id'),
      ...twice(s => s.url && `${s.url} ${s.date}`, 'URL and date'),
      ...twice(s => `${s.publisher.toLowerCase()} | ${s.title.toLowerCase()} | ${s.date}`, 'publisher, title and date'),
    ]).toEqual([])
  })

  it('cites every source from at least one fact', () => {
    expect(sources.filter(s => !cited.has(s.id)).map(s => s.id), 'sources no fact cites').toEqual([])
  })
})
