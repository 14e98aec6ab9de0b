/**
 * Runs the deck's own scripts for the browser tests: builds the deck for a base path through
 * scripts/build.mjs, as `npm run build` does. Serving is scripts/static-server.mjs, shared with
 * the scripts.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

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
