// Finds a local Chromium: CHROME_PATH, then Playwright's cache, then a chromium/chrome on PATH
// (or a macOS app). Nothing is downloaded: CI machines install Debian's `chromium` instead.
// Also keeps two PDF renders on one machine from colliding on Slidev's fixed port.
// `node scripts/chromium.mjs` prints the path found, or the one-line hint and exits 1.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { waitForFreePort } from './port.mjs'

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
const APP_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]
// Where a Playwright build keeps its binary, newest layout first.
const CACHE_LAYOUTS = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
]

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (!existsSync(cache))
    return undefined
  // chromium-1169 before chromium-987: compare the revision as a number.
  const revision = name => Number(name.slice('chromium-'.length)) || 0
  const builds = readdirSync(cache).filter(d => /^chromium-\d+$/.test(d)).sort((a, b) => revision(b) - revision(a))
  for (const build of builds) {
    const found = CACHE_LAYOUTS.map(rel => join(cache, build, rel)).find(isExecutable)
    if (found)
      return found
  }
  return undefined
}

function fromPath() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of PATH_NAMES) {
    const found = dirs.map(dir => join(dir, name)).find(isExecutable)
    if (found)
      return found
  }
  return APP_PATHS.find(isExecutable)
}

/** The path of a usable Chromium, or undefined. A CHROME_PATH that is not executable is reported and skipped. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return fromEnv
    console.warn(`CHROME_PATH=${fromEnv} is not an executable file; looking for another Chromium.`)
  }
  return fromPlaywrightCache() ?? fromPath()
}

export const NO_CHROMIUM_MESSAGE
  = 'No Chromium found (the build and the PDF export need one): run `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright-core install chromium`, or set CHROME_PATH=/path/to/chrome.'

/** For the scripts: the Chromium path, or the one-line hint on stderr and exit code 1. */
export function chromiumOrExit() {
  const found = findChromium()
  if (!found) {
    console.error(NO_CHROMIUM_MESSAGE)
    process.exit(1)
  }
  return found
}

/** Flags that keep Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
]

/** Slidev's build serves the site on this fixed port while it renders the bundled PDF. */
export const PDF_RENDER_PORT = 12445

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return error.code === 'EPERM'
  }
}

/**
 * Takes a machine-wide lock for one PDF render, then waits until the render port is free, so two
 * builds or exports (say, two terminals, or a test run beside `npm run build`) run one after the
 * other instead of the second crashing with EADDRINUSE. A lock left by a dead process is taken over.
 * Returns the function that releases the lock.
 */
export async function acquireRenderLock(timeoutMs = 600_000) {
  const lock = join(tmpdir(), `slidev-pdf-render-${PDF_RENDER_PORT}.lock`)
  const owner = join(lock, 'pid')
  const deadline = Date.now() + timeoutMs
  let told = false
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(owner, String(process.pid))
      break
    }
    catch (error) {
      if (error.code !== 'EEXIST')
        throw error
      const pid = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : Number.NaN)
      if (Number.isInteger(pid) && !isAlive(pid)) {
        rmSync(lock, { recursive: true, force: true })
        continue
      }
    }
    if (Date.now() > deadline)
      throw new Error(`Another Slidev build or export still holds ${lock}; stop it, or delete the folder if it is stale.`)
    if (!told)
      console.log('Another build or export is rendering a PDF; waiting for it to finish.')
    told = true
    await sleep(2000)
  }
  const release = () => rmSync(lock, { recursive: true, force: true })
  process.once('exit', release)
  try {
    await waitForFreePort(PDF_RENDER_PORT, {
      timeoutMs: Math.max(0, deadline - Date.now()),
      onBusy: () => told || console.log(`Port ${PDF_RENDER_PORT} is busy (another Slidev build rendering its PDF?); waiting for it.`),
    })
  }
  catch (error) {
    release()
    throw new Error(`${error.message} Slidev's build renders its PDF on that port.`)
  }
  return release
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(chromiumOrExit())
