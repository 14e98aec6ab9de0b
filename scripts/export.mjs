// `npm run export [-- --output path.pdf] [-- --with-clicks]`: the slides PDF, by default at
// ./deepseek-sputnik-moment.pdf. Other arguments are Slidev export options (--dark, --range…).
//
// It renders from a production build in a temporary folder, like the PDF the hosted site offers,
// rather than through `slidev export`'s dev server: on a fresh clone that server first optimises
// dependencies and reloads the page, which made exports time out on a busy 2-core machine.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { findChromium, NO_CHROMIUM_MESSAGE, waitForRenderPort } from './chromium.mjs'

const DEFAULT_OUTPUT = 'deepseek-sputnik-moment.pdf'

/** Takes `--output x`, `--output=x` or `-o x` out of the arguments; the rest pass through. */
function splitOutput(argv) {
  let output = DEFAULT_OUTPUT
  const rest = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--output' || arg === '-o')
      output = argv[++i] ?? output
    else if (arg.startsWith('--output='))
      output = arg.slice('--output='.length)
    else
      rest.push(arg)
  }
  return { output: resolve(output.endsWith('.pdf') ? output : `${output}.pdf`), rest }
}

const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE)
  process.exit(1)
}
const { output, rest } = splitOutput(process.argv.slice(2))
const site = mkdtempSync(join(tmpdir(), 'deck-export-site-'))
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
const args = ['build', '--router-mode', 'hash', '--download', '--executable-path', executablePath, '--out', site, '--output', output, '--timeout', '60000', ...rest]
console.log(`slidev ${args.join(' ')}`)
await waitForRenderPort()
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
rmSync(site, { recursive: true, force: true })
if (result.status === 0)
  console.log(`PDF written to ${output}`)
process.exit(result.status ?? 1)
