// `npm run export [-- --output path.pdf] [-- --with-clicks]`: the slides PDF, by default at
// ./deepseek-sputnik-moment.pdf. Other arguments go to `slidev export` unchanged.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs'

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
  return { output: output.endsWith('.pdf') ? output : `${output}.pdf`, rest }
}

const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE)
  process.exit(1)
}
const { output, rest } = splitOutput(process.argv.slice(2))
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
const args = ['export', '--executable-path', executablePath, '--output', output, '--timeout', '60000', ...rest]
console.log(`slidev ${args.join(' ')}`)
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
process.exit(result.status ?? 1)
