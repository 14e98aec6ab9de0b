/**
 * Runs the deck's own scripts for the browser tests: builds the deck for a base path through
 * scripts/build.mjs, as `npm run build` does. Serving is scripts/static-server.mjs, shared with
 * the scripts.
 */
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * `node scripts/<script> …args` from the repo root, in the background; its long log is printed only
 * when it fails. `nice` lowers its CPU priority (it and the Slidev and Chromium processes it starts),
 * so tests running meanwhile keep the CPU they need and it takes what they leave idle.
 */
export function runScript(script: string, args: string[], { nice = 0 } = {}): Promise<void> {
  const started = performance.now()
  const command = `node scripts/${script} ${args.join(' ')}`
  // Without vitest's NODE_ENV=test, which would make Vite bundle Vue's development build: the
  // tests check the site `npm run build` ships, at its speed.
  const { NODE_ENV: _testEnv, ...env } = process.env
  const child = spawn(process.execPath, [`scripts/${script}`, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  if (nice && child.pid)
    setPriority(child.pid, nice)
  const log: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk))
  return new Promise((done, fail) => {
    child.on('error', error => fail(new Error(`${command} did not start: ${error.message}`)))
    child.on('close', (status) => {
      if (status !== 0) {
        process.stderr.write(Buffer.concat(log))
        fail(new Error(`${command} failed (exit ${status}); its log is above`))
        return
      }
      console.log(`${command}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
      done()
    })
  })
}

/** `npm run build -- --base <base> --out <dir>`. */
export function buildDeck(base: string, dir: string): Promise<void> {
  return runScript('build.mjs', ['--base', base, '--out', dir])
}
