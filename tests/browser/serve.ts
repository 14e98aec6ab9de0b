/**
 * Builds the deck for a base path (through scripts/build.mjs, as `npm run build` does) and serves a
 * built deck under that base (e.g. /deck/) on a free loopback port, as a static host would.
 */
import type { AddressInfo } from 'node:net'
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

const ROOT = resolve(import.meta.dirname, '../..')

/** Runs `node scripts/<script> …args` from the repo root; its long log is printed only when it fails. */
export function runScript(script: string, args: string[]): void {
  const started = performance.now()
  const command = `node scripts/${script} ${args.join(' ')}`
  const result = spawnSync(process.execPath, [`scripts/${script}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '')
    process.stderr.write(result.stderr ?? '')
    throw new Error(`${command} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}); its log is above`)
  }
  console.log(`${command}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** `npm run build -- --base <base> --out <dir>`. */
export function buildDeck(base: string, dir: string): void {
  runScript('build.mjs', ['--base', base, '--out', dir])
}

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
