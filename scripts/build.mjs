// `npm run build [-- --base /deck/] [--out dir]`: the static site in dist/, hash router, PDF bundled.
// The bundled PDF is rendered by Slidev's exporter, so this finds a local Chromium first.
// A base without its slashes (`--base deck`) is fixed to `/deck/`, the only form Vite accepts.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { acquireRenderLock, chromiumOrExit } from './chromium.mjs'

/** `deck` → `/deck/`, `/a/b` → `/a/b/`; `/` stays. */
function normaliseBase(base) {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

function withNormalisedBase(args) {
  return args.flatMap((arg, i) => {
    if (arg.startsWith('--base='))
      return [`--base=${normaliseBase(arg.slice('--base='.length))}`]
    if (args[i - 1] === '--base')
      return [normaliseBase(arg)]
    return [arg]
  })
}

const executablePath = chromiumOrExit()
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
const args = ['build', '--router-mode', 'hash', '--executable-path', executablePath, ...withNormalisedBase(process.argv.slice(2))]
console.log(`slidev ${args.join(' ')}`)
const release = await acquireRenderLock()
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
release()
process.exit(result.status ?? 1)
