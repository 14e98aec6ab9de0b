// `node scripts/article/build.mjs [outDir]` (run by scripts/build.mjs after Slidev's build):
// writes <outDir>/read/index.html, the talk as a static article, from the deck's own sources:
// Slidev's parser (@slidev/parser) for each slide's Markdown and notes, markdown-it (Slidev's own) for the HTML,
// the deck's components (scripts/prerender) for figures and charts.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { buildPrerender } from '../prerender/build.mjs'
import { pageHtml } from './page.mjs'
import { renderBibliography, renderSection } from './render.mjs'
import { sectionsOf, wordCount } from './sections.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const FONTS = ['ibm-plex-sans-latin-400-normal.woff2', 'ibm-plex-sans-latin-600-normal.woff2', 'ibm-plex-sans-latin-700-normal.woff2']

/** The palette's dark tokens follow the reader's system setting (the page has no toggle). */
const darkByMedia = css => css.replace(/html\.dark\s*\{([^}]*)\}/, '@media (prefers-color-scheme: dark) { :root {$1} }')

async function loadSlides(root) {
  const { load } = await import('@slidev/parser/fs')
  const data = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
  return { slides: data.slides, headmatter: data.headmatter ?? {} }
}

/** The description the site's index.html gives (one place for it). */
async function description(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8')
  return /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''
}

/** The bibliography slides become one folded list, under the first one's number. */
function foldBibliography(sections, bibliography) {
  const out = []
  for (const section of sections) {
    const isBib = section.body.some(b => b.kind === 'bibliography')
    const first = out.find(s => s.isBib)
    if (isBib && first) {
      first.alsoIds.push(section.no)
      continue
    }
    if (isBib) {
      section.isBib = true
      section.alsoIds = []
      section.paragraphs = []
      section.after = `<details class="article-bibliography"><summary>The full bibliography</summary>${bibliography}</details>`
    }
    out.push(section)
  }
  return out
}

export async function buildArticle(root, outDir) {
  const { module, css } = await buildPrerender(root)
  const { slides, headmatter } = await loadSlides(root)
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false })
  const sections = sectionsOf(slides, { md: s => md.render(s), notes: module.readerNotes, blocks: module.topLevelBlocks, textOf: module.textOf })
  const steps = {}
  for (const section of sections) {
    const { title, body } = await renderSection(module, section, { base: '../', steps })
    section.drawnTitle = title
    section.drawnBody = body
  }
  const folded = foldBibliography(sections, await renderBibliography(module))
  const styles = [
    darkByMedia(module.paletteCss()),
    await readFile(join(root, 'styles/charts.css'), 'utf8'),
    await readFile(join(root, 'styles/deck.css'), 'utf8'),
    await readFile(join(root, 'styles/tips.css'), 'utf8'),
    css,
    await readFile(join(HERE, 'article.css'), 'utf8'),
  ].join('\n')
  const html = pageHtml({
    meta: { title: headmatter.title ?? 'The deck', description: await description(root), lang: headmatter.lang },
    sections: folded,
    css: styles,
    script: (await Promise.all(['client.js', 'client-links.js'].map(f => readFile(join(HERE, f), 'utf8')))).join(';\n'),
    fonts: FONTS,
    textOf: module.textOf,
  })
  const dir = join(outDir, 'read')
  await mkdir(join(dir, 'fonts'), { recursive: true })
  const fontDir = dirname(createRequire(join(root, 'package.json')).resolve('@fontsource/ibm-plex-sans/package.json'))
  for (const font of FONTS)
    await copyFile(join(fontDir, 'files', font), join(dir, 'fonts', font))
  await writeFile(join(dir, 'index.html'), html)
  await writeFile(join(dir, 'steps.json'), JSON.stringify(steps))
  return { file: join(dir, 'index.html'), sections: folded.length, bytes: Buffer.byteLength(html) }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(HERE, '../..')
  const result = await buildArticle(root, resolve(process.argv[2] ?? join(root, 'dist')))
  console.log(`article: ${result.file}, ${result.sections} sections, ${(result.bytes / 1024).toFixed(0)} KB`)
}

export { wordCount }
