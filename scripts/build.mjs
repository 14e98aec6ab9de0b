// `npm run build [-- --base /deck/]`: the static site, with the PDF bundled for download.
// The bundled PDF is rendered by Slidev's exporter, so this finds a local Chromium first.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs'

const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE)
  process.exit(1)
}
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
const args = ['build', '--router-mode', 'hash', '--executable-path', executablePath, ...process.argv.slice(2)]
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
process.exit(result.status ?? 1)
