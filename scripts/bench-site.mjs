// A built copy of the deck (an existing one, or a fresh build): shared by bench.mjs, handout.mjs
// and og-image.mjs, which serve it with static-server.mjs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The deck's built site: `dist` when given (it must hold index.html), otherwise a fresh build
 * (`npm run build`) into a temporary folder that `cleanup()` removes.
 */
export function builtSite(dist, base = '/') {
  if (dist) {
    const dir = resolve(dist)
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`${dir} has no index.html; build it with \`npm run build\` or leave out --dist`)
    return { dist: dir, cleanup: () => {} }
  }
  const dir = mkdtempSync(join(tmpdir(), 'deck-site-'))
  console.error(`building the deck into ${dir} …`)
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--base', base, '--out', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0)
    throw new Error(`build failed (exit ${result.status})`)
  return { dist: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Value of `--name value` in argv, or the fallback. */
export function argValue(argv, name, fallback) {
  const i = argv.indexOf(name)
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback
}
