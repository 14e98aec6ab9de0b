// Finds a local Chromium: CHROME_PATH, then Playwright's cache, then a chromium/chrome on PATH
// (or a macOS app). Nothing is downloaded: CI machines install Debian's `chromium` instead.
// Re-exports the PDF render lock (scripts/render-lock.mjs), which keeps two PDF renders on one
// machine from colliding on Slidev's fixed port.
// `node scripts/chromium.mjs` prints the path found, or the one-line hint and exits 1.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export { acquireRenderLock, PDF_RENDER_PORT } from './render-lock.mjs'

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(chromiumOrExit())
