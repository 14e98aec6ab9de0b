// A built deck served as a static host would serve it: `dir` under the URL path `base` (e.g.
// /deck/) on a free loopback port, anything outside the base a 404. The one static server for
// the scripts (bench, handout, og-image) and the browser tests.
import { createServer } from 'node:http'
import sirv from 'sirv'

/** Serves `dir` under `base`; resolves to its origin, its base URL, and `close()`. */
export async function serveStatic(dir, base = '/') {
  const assets = sirv(dir, { dev: true, etag: false })
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
