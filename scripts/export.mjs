// `npm run export`: the slides PDF at ./deepseek-sputnik-moment.pdf (extra args go to `slidev export`).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs'

export const PDF_PATH = 'deepseek-sputnik-moment.pdf'

const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE)
  process.exit(1)
}
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
const args = ['export', '--executable-path', executablePath, '--output', PDF_PATH, '--timeout', '60000', ...process.argv.slice(2)]
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
process.exit(result.status ?? 1)
