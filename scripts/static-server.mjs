// A built deck served as a static host would serve it: `dir` under the URL path `base` (e.g.
// /deck/) on a free loopback port, anything outside the base a 404. The one static server for
// the scripts (bench, handout, og-image) and the browser tests.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|csv|txt|xml)$/

/** Writes `<file>.gz` (level 9) beside every text file under `dir`, as a static host precompresses. */
export function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name)
    if (entry.isFile() && COMPRESSIBLE.test(entry.name))
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }))
  }
}

/**
 * Serves `dir` under `base`; resolves to its origin, its base URL, and `close()`. With `gzip`,
 * a request that accepts gzip gets the precompressed `<file>.gz` (see `precompress`).
 */
export async function serveStatic(dir, base = '/', { gzip = false } = {}) {
  const assets = sirv(dir, { dev: true, etag: false, gzip })
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (!path.startsWith(base)) {
      res.statusCode = 404
      res.end('outside the deck base path')
      return
    }
    req.url = `/${path.slice(base.length)}`
    assets(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
