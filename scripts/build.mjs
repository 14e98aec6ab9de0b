// `npm run build [-- --base /deck/] [--out dir] [--no-handout]`: the static site in dist/, hash
// router, two PDFs bundled: the slides (Slidev's `download: true`) and the speaker handout
// (scripts/handout.mjs, each slide beside its notes, rendered from the site just built).
// The bundled PDF is rendered by Slidev's exporter, so this finds a local Chromium first.
// A base without its slashes (`--base deck`) is fixed to `/deck/`, the only form Vite accepts.
// The bundled PDF then gets its bookmarks by act (scripts/pdf-outline.mjs), as `npm run export`'s.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { createJiti } from 'jiti'
import { acquireRenderLock, chromiumOrExit } from './chromium.mjs'
import { addDeckOutline } from './pdf-outline.mjs'

const PDF_NAME = 'deepseek-sputnik-moment.pdf'
const { HANDOUT_PDF } = await createJiti(import.meta.url).import('../lib/downloads.ts')

/** The value of `--name x` / `--name=x` (or an alias), if given. */
function option(args, names) {
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name)
        return args[i + 1]
      if (args[i].startsWith(`${name}=`))
        return args[i].slice(name.length + 1)
    }
  }
  return undefined
}

/** `node <script> …args`, its output passed through; resolves to its exit status. */
function runNode(script, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(`${script} did not start: ${error.message}`)
      done(1)
    })
    child.on('close', code => done(code ?? 1))
  })
}

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
const handout = !process.argv.includes('--no-handout')
const userArgs = withNormalisedBase(process.argv.slice(2).filter(a => a !== '--no-handout'))
const args = ['build', '--router-mode', 'hash', '--executable-path', executablePath, ...userArgs]
console.log(`slidev ${args.join(' ')}`)
const release = await acquireRenderLock()
const result = spawnSync(process.execPath, [slidev, ...args], { stdio: 'inherit' })
release()
let status = result.status ?? 1
const outDir = resolve(option(userArgs, ['--out', '-o']) ?? 'dist')
const base = option(userArgs, ['--base']) ?? '/'
// The handout (scripts/handout.mjs: each slide of the site just built, from its print view, served
// under the same base) needs only Slidev's output: it renders in its own process and Chromium while
// the steps below run, so the build costs the longer of the two, not the sum.
const handoutDone = status === 0 && handout
  ? runNode(join(import.meta.dirname, 'handout.mjs'), ['--dist', outDir, '--base', base, '--out', join(outDir, HANDOUT_PDF)])
  : Promise.resolve(0)
// Slide 1 as plain HTML in index.html (scripts/first-frame), so it paints before the app has
// loaded: its Chromium waits on the page while the article step works in this process.
if (status === 0) {
  const { firstFrameStep } = await import('./first-frame/step.mjs')
  const { articleStep } = await import('./article/step.mjs')
  const statuses = await Promise.all([firstFrameStep(outDir, base, executablePath), articleStep(userArgs)])
  status = Math.max(...statuses)
}
// The PDF Slidev bundled (headmatter `download: true`): in the output folder, or at --output.
const pdf = resolve(option(userArgs, ['--output']) ?? join(outDir, PDF_NAME))
if (status === 0 && existsSync(pdf)) {
  try {
    await addDeckOutline(pdf, process.cwd())
    console.log(`PDF outline added to ${pdf}`)
  }
  catch (error) {
    console.error(`PDF outline failed: ${error.message}`)
    status = 1
  }
}
if (status === 0) { // a permanent page per chart: charts/<id>/ (scripts/chart-pages)
  status = await (await import('./chart-pages/index.mjs')).writeChartPages({ outDir, base }).catch((error) => {
    console.error(`chart pages failed: ${error.stack}`)
    return 1
  })
}
const handoutStatus = await handoutDone
if (status === 0)
  status = handoutStatus
process.exit(status)
