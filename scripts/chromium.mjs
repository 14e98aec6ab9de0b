// Finds a local Chromium: CHROME_PATH, then Playwright's cache, then a system chromium/chrome.
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (!existsSync(cache))
    return undefined
  const builds = readdirSync(cache).filter(d => d.startsWith('chromium-')).sort().reverse()
  for (const build of builds) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
      const path = join(cache, build, rel)
      if (existsSync(path))
        return path
    }
  }
  return undefined
}

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv))
    return fromEnv
  return fromPlaywrightCache() ?? SYSTEM_CANDIDATES.find(p => existsSync(p))
}

export const NO_CHROMIUM_MESSAGE
  = 'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH=/path/to/chrome.'

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
