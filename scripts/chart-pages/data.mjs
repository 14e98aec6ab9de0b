// What each chart page says besides its drawing, read from the registry with jiti (the lib/ and
// data/ modules are TypeScript): sources, the source line, the citation, the table rows.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createJiti } from 'jiti'

/** The deck's title from the slides' headmatter (`title: "…"`). */
export async function deckTitle(root) {
  const text = await readFile(resolve(root, 'slides.md'), 'utf8')
  const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
  const raw = /^title:\s*(.+)$/m.exec(head)?.[1]?.trim() ?? 'Slides'
  return raw.replace(/^(["'])(.*)\1$/, '$2')
}

export async function loadPageKit(root) {
  const jiti = createJiti(import.meta.url, { moduleCache: false })
  const load = path => jiti.import(resolve(root, path))
  const [pages, facts, sources, checked, format] = await Promise.all(
    ['lib/chart-pages.ts', 'lib/facts.ts', 'lib/sources.ts', 'data/checked.ts', 'lib/format.ts'].map(load),
  )
  return { ...pages, ...facts, ...sources, ...checked, formatDate: format.formatDate }
}

/**
 * One chart's page data. `url` is where its page is: absolute with DECK_SITE_URL, else the
 * build's base path (the page's script makes it absolute where it is served).
 */
export function pageData(kit, chart, { title, url, chartTitle = chart.title }) {
  const facts = chart.dataset.factIds.map(kit.getFact)
  const sources = kit.uniqueSources(facts.flatMap(kit.sourcesOf))
  const cite = { id: chart.id, deckTitle: title, chartTitle, date: kit.FACTS_CHECKED.date, url, sources }
  return {
    id: chart.id,
    title: chartTitle,
    steps: chart.steps.length,
    dataset: chart.dataset,
    sources,
    sourceLine: kit.sourceLine(facts),
    citeText: kit.citationText(cite),
    citeBibtex: kit.citationBibtex(cite),
    checked: kit.FACTS_CHECKED,
    checkedText: kit.formatDate(kit.FACTS_CHECKED.date),
    sourceText: s => `${kit.publisherLabel(s)}, “${s.title}”, ${kit.formatDate(s.date)}`,
  }
}
