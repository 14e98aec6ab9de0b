// The bench's two decks on disk: the bare deck's folder, both builds and PDF exports (timed), bundle sizes.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import { chunkSources, groupSizes } from './bench-attribution.mjs'
import { ROOT } from './bench-site.mjs'
import { bareSlidesMd, firstLoadAssets, sizes, sumSizes } from './bench-sizes.mjs'
import { acquireRenderLock } from './chromium.mjs'

const require = createRequire(import.meta.url)
const slidevBin = require.resolve('@slidev/cli/bin/slidev.mjs')
export const log = msg => console.error(`[bench] ${msg}`)

// Both builds write hidden source maps (vite.config.ts; the bare deck's vite.config.mjs) for the
// bench's attribution of JS bytes to sources; the .js files are byte for byte a normal build's.
const SOURCEMAP_ENV = { ...process.env, DECK_BENCH_SOURCEMAP: '1' }

function timed(label, cwd, command, env = process.env) {
  log(`${label}: ${command.join(' ')}`)
  const start = performance.now()
  const result = spawnSync(process.execPath, command, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0)
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`)
  return seconds
}

/** Writes the bare deck (as many slides as ours shows) into `work`/bare; returns its root and the count. */
export async function writeBareDeck(work) {
  const parsed = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  const slideCount = parsed.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled).length
  const bareRoot = join(work, 'bare')
  mkdirSync(bareRoot)
  symlinkSync(join(ROOT, 'node_modules'), join(bareRoot, 'node_modules'), 'dir')
  writeFileSync(join(bareRoot, 'slides.md'), bareSlidesMd(slideCount))
  writeFileSync(join(bareRoot, 'package.json'), JSON.stringify({ name: 'bare-slidev-bench', private: true, type: 'module' }))
  // Slidev merges a deck's vite.config into its own: hidden source maps, as ours gets them.
  writeFileSync(join(bareRoot, 'vite.config.mjs'), `export default { build: { sourcemap: process.env.DECK_BENCH_SOURCEMAP === '1' && 'hidden' } }\n`)
  return { bareRoot, slideCount }
}

/** Builds both decks into their `dist` folders; returns each build's seconds. */
export async function buildDecks(decks, bareRoot, { base, executablePath }) {
  // Ours is built as `npm run build` builds it (the slides, both PDFs, the article at read/ and
  // the chart pages); the bare deck with the same Slidev flags (hash router, PDF bundled).
  const ours = timed('build ours', ROOT, [join(ROOT, 'scripts/build.mjs'), '--base', base, '--out', decks.ours.dist], SOURCEMAP_ENV)
  // The bare build renders its PDF on Slidev's fixed port: take turns with any other build.
  const release = await acquireRenderLock()
  try {
    return { ours, bare: timed('build bare', bareRoot, [slidevBin, 'build', 'slides.md', '--router-mode', 'hash', '--base', base, '--out', decks.bare.dist, '--executable-path', executablePath], SOURCEMAP_ENV) }
  }
  finally {
    release()
  }
}

/**
 * Same Slidev export for both decks (`roots`: name → deck folder), PDFs into `work`; returns the
 * seconds of each export that succeeded. A failed export is logged, not allowed to lose the figures.
 */
export async function exportPdfs(roots, work, executablePath) {
  const seconds = {}
  for (const name of ['ours', 'bare']) {
    const releaseExport = await acquireRenderLock()
    try {
      seconds[name] = timed(`export ${name}`, roots[name], [slidevBin, 'export', 'slides.md', '--output', join(work, `${name}.pdf`), '--timeout', '60000', '--executable-path', executablePath])
    }
    catch (error) {
      log(error.message)
    }
    finally {
      releaseExport()
    }
  }
  return seconds
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)])
}

/**
 * Approximate gzip bytes per source group (bench-attribution.mjs) of a site built from the deck at
 * `root`, from the .map beside each chunk; undefined when the build left no maps.
 */
function jsGroups(dist, root, jsFiles) {
  const realRoot = realpathSync(root) // source paths are real paths (Vite resolves symlinks)
  return groupSizes(Object.entries(jsFiles).map(([path, size]) => {
    const file = join(dist, path)
    const map = `${file}.map`
    return { gz: size.gz, sources: existsSync(map) ? chunkSources(readFileSync(file, 'utf8'), readFileSync(map, 'utf8'), file, realRoot) : undefined }
  }))
}

/**
 * Sizes of a built site (of the deck at `root`): every JS file (`.js` only: never the source
 * maps), all JS and CSS, what index.html fetches first, and the JS by source group.
 */
export function bundleSizes(dist, base, root) {
  const assets = filesUnder(join(dist, 'assets'))
  const jsFiles = Object.fromEntries(assets.filter(f => f.endsWith('.js')).map(f => [relative(dist, f), sizes(readFileSync(f))]))
  const of = ext => sumSizes(assets.filter(f => f.endsWith(ext)).map(f => sizes(readFileSync(f))))
  const first = firstLoadAssets(readFileSync(join(dist, 'index.html'), 'utf8'), base)
  const load = list => sumSizes(list.map(p => join(dist, p)).filter(existsSync).map(f => sizes(readFileSync(f))))
  return { jsFiles, jsGroups: jsGroups(dist, root, jsFiles), js: of('.js'), css: of('.css'), firstLoadJs: load(first.js), firstLoadCss: load(first.css), firstLoadFiles: first.js.length }
}
