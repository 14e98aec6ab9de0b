/** Serves a built deck from `dir` under `base` (e.g. /deck/) on a free loopback port. */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticServer {
  origin: string
  url: string
  close: () => Promise<void>
}

export async function serveDeck(dir: string, base: string): Promise<StaticServer> {
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
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
