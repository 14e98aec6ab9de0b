/**
 * The two pieces of networking the scripts and the browser tests share: the static server
 * (scripts/static-server.mjs) and the wait for Slidev's PDF port (scripts/port.mjs).
 */
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { portIsFree, waitForFreePort } from '../../scripts/port.mjs'
import { precompress, serveStatic } from '../../scripts/static-server.mjs'

describe('serveStatic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'))
  mkdirSync(join(dir, 'data'))
  writeFileSync(join(dir, 'index.html'), '<h1>deck</h1>')
  writeFileSync(join(dir, 'data', 'x.csv'), 'a\n1\n')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('serves a folder under its base path on loopback, and nothing outside it', async () => {
    const server = await serveStatic(dir, '/deck/')
    try {
      expect(server.url).toBe(`${server.origin}/deck/`)
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(await (await fetch(server.url)).text()).toBe('<h1>deck</h1>')
      expect(await (await fetch(`${server.url}data/x.csv`)).text()).toBe('a\n1\n')
      expect((await fetch(`${server.url}data/missing.csv`)).status).toBe(404)
      expect((await fetch(`${server.origin}/data/x.csv`)).status, 'outside the base').toBe(404)
    }
    finally {
      await server.close()
    }
  })

  it('with gzip, serves the precompressed copy to a client that accepts it', async () => {
    const zipped = mkdtempSync(join(tmpdir(), 'static-server-gz-'))
    writeFileSync(join(zipped, 'index.html'), '<h1>deck</h1>'.repeat(200))
    precompress(zipped)
    const server = await serveStatic(zipped, '/deck/', { gzip: true })
    try {
      const res = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } })
      expect(res.headers.get('content-encoding')).toBe('gzip')
      expect(await res.text(), 'fetch decodes it back').toBe('<h1>deck</h1>'.repeat(200))
    }
    finally {
      await server.close()
      rmSync(zipped, { recursive: true, force: true })
    }
  })

  it('serves at the root base too', async () => {
    const server = await serveStatic(dir, '/')
    try {
      expect((await fetch(`${server.url}data/x.csv`)).status).toBe(200)
    }
    finally {
      await server.close()
    }
  })
})

describe('waiting for a port', () => {
  it('sees a port in use, and resolves once it is released', async () => {
    const holder = createServer()
    await new Promise<void>(resolve => holder.listen(0, resolve))
    const { port } = holder.address() as AddressInfo
    expect(await portIsFree(port)).toBe(false)
    let told = 0
    const waited = waitForFreePort(port, { intervalMs: 20, timeoutMs: 5000, onBusy: () => told++ })
    setTimeout(() => holder.close(), 100)
    await waited
    expect(told).toBe(1)
    expect(await portIsFree(port)).toBe(true)
  })

  it('gives up after its timeout, naming the port', async () => {
    const holder = createServer()
    await new Promise<void>(resolve => holder.listen(0, resolve))
    const { port } = holder.address() as AddressInfo
    try {
      await expect(waitForFreePort(port, { intervalMs: 10, timeoutMs: 50 })).rejects.toThrow(`Port ${port} stayed busy`)
    }
    finally {
      holder.close()
    }
  })
})
