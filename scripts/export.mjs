// `npm run export [-- --output path.pdf] [-- --with-clicks]`: the slides PDF, by default at
// ./deepseek-sputnik-moment.pdf. `--keep-site <dir>` also keeps the site it was rendered from
// (PDF included), for a given `--base` (default /). Other arguments are Slidev export options
// (--dark, --range…).
//
// It renders from a production build in a temporary folder, like the PDF the hosted site offers,
// rather than through `slidev export`'s dev server: on a fresh clone that server first optimises
// dependencies and reloads the page, which made exports time out on a busy 2-core machine.
//
// The PDF then gets its bookmarks by act (scripts/pdf-outline.mjs): the cover, Act 1 … Act 5,
// Caveats, After January 2025 and Appendix, each slide's headline under its act. With --with-clicks,
// Slidev's own --with-toc outline is asked for too: it tells which page each slide starts on.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { acquireRenderLock, chromiumOrExit } from './chromium.mjs'
import { addDeckOutline } from './pdf-outline.mjs'

const DEFAULT_OUTPUT = 'deepseek-sputnik-moment.pdf'

/** Takes `--output x` (`--output=x`, `-o x`) and `--keep-site dir` out of the arguments; the rest pass through. */
function splitArgs(argv) {
  let output = DEFAULT_OUTPUT
  let keepSite
  const rest = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--output' || arg === '-o')
      output = argv[++i] ?? output
    else if (arg.startsWith('--output='))
      output = arg.slice('--output='.length)
    else if (arg === '--keep-site')
      keepSite = argv[++i]
    else if (arg.startsWith('--keep-site='))
      keepSite = arg.slice('--keep-site='.length)
    else
      rest.push(arg)
  }
  return {
    output: resolve(output.endsWith('.pdf') ? output : `${output}.pdf`),
    keepSite: keepSite && resolve(keepSite),
    rest,
  }
}

const executablePath = chromiumOrExit()
const { output, keepSite, rest } = splitArgs(process.argv.slice(2))
if (keepSite) {
  // Only ever replace an earlier site: never the project, a parent of it, or a folder of other files.
  const holdsProject = !relative(keepSite, process.cwd()).startsWith('..')
  const foreign = existsSync(keepSite) && readdirSync(keepSite).length > 0 && !existsSync(join(keepSite, 'index.html'))
  if (holdsProject || foreign) {
    console.error(`--keep-site ${keepSite}: not an empty folder or an earlier build; pick another folder.`)
    process.exit(2)
  }
  rmSync(keepSite, { recursive: true, force: true })
}
const site = keepSite ?? mkdtempSync(join(tmpdir(), 'deck-export-site-'))
const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
// Pages per slide vary with clicks; Slidev's outline then maps slides to their first page.
const toc = rest.includes('--with-clicks') && !rest.includes('--with-toc') ? ['--with-toc'] : []
const args = ['build', '--router-mode', 'hash', '--download', '--executable-path', executablePath, '--out', site, '--output', output, '--timeout', '60000', ...toc, ...rest]
console.log(`slidev ${args.join(' ')}`)
const release = await acquireRenderLock()
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
release()
let status = result.status ?? 1
if (status === 0) {
  try {
    const outline = await addDeckOutline(output, process.cwd())
    console.log(`PDF outline: ${outline.map(e => e.title).join(' / ')}`)
  }
  catch (error) {
    console.error(`PDF outline failed: ${error.message}`)
    status = 1
  }
}
if (status === 0) {
  console.log(`PDF written to ${output}`)
  // --output sent the PDF away from the site; put a copy back where its download button points.
  if (keepSite) {
    copyFileSync(output, join(site, DEFAULT_OUTPUT))
    console.log(`site kept in ${site}`)
  }
}
if (!keepSite)
  rmSync(site, { recursive: true, force: true })
process.exit(status)
