// The bench's pure byte helpers (no I/O, tested in tests/unit/bench-lib.test.ts): bare deck, bundle and first-load sizes.
import { gzipSync } from 'node:zlib'

/** Raw and gzipped (level 9, as a static host would precompress) size of a buffer or string. */
export function sizes(content) {
  const buf = typeof content === 'string' ? Buffer.from(content) : content
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length }
}

export function sumSizes(list) {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 })
}

/**
 * The files index.html makes the browser fetch before any code runs: module scripts,
 * modulepreloads and stylesheets, as paths relative to the dist folder (base stripped).
 */
export function firstLoadAssets(html, base = '/') {
  const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1]
  const local = (url) => {
    if (!url || /^[a-z]+:|^\/\//i.test(url))
      return undefined
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, '')
    return path.split(/[?#]/)[0]
  }
  const scripts = []
  const styles = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/type\s*=\s*["']module["']/i.test(tag) && attr(tag, 'src'))
      scripts.push(local(attr(tag, 'src')))
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase()
    if (rel === 'modulepreload')
      scripts.push(local(attr(tag, 'href')))
    else if (rel === 'stylesheet')
      styles.push(local(attr(tag, 'href')))
  }
  return { js: [...new Set(scripts.filter(Boolean))], css: [...new Set(styles.filter(Boolean))] }
}

/** A plain-text Slidev deck of `count` slides, configured like ours where it changes the bundle. */
export function bareSlidesMd(count, { routerMode = 'hash' } = {}) {
  if (!Number.isInteger(count) || count < 1)
    throw new TypeError(`bareSlidesMd: expected a positive slide count, got ${JSON.stringify(count)}`)
  const head = [
    '---',
    'theme: default',
    'title: Bare Slidev deck',
    `routerMode: ${routerMode}`,
    'fonts:',
    '  provider: none',
    'download: true',
    'monaco: false',
    'twoslash: false',
    'drawings:',
    '  enabled: false',
    '---',
    '',
  ].join('\n')
  const slides = Array.from({ length: count }, (_, i) =>
    `# Slide ${i + 1}\n\nPlain text for slide ${i + 1}, no components.\n\n<!--\nNotes for slide ${i + 1}.\n-->\n`)
  return head + slides.join('\n---\n\n')
}

/**
 * Bytes of script a page had fetched by time `t` (ms since navigation): the decoded sizes of
 * the `.js` resources (Resource Timing entries) whose response had ended by then.
 */
export function jsBytesBefore(entries, t) {
  if (!Number.isFinite(t))
    return Number.NaN
  return entries
    .filter(e => /\.m?js(?:$|[?#])/.test(e.name) && e.responseEnd <= t)
    .reduce((sum, e) => sum + (e.decodedBodySize ?? 0), 0)
}
