// Lighthouse's mobile preset (its default config: a Moto G class phone, simulated slow 4G and
// 4× CPU slowdown) on pages of the bench's loopback servers, for scripts/bench.mjs. Debian's
// Chromium (scripts/chromium.mjs) runs headless with a DevTools port that Lighthouse drives.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { lighthouseFigures, median } from './bench-budgets.mjs'
import { CHROMIUM_ARGS } from './chromium.mjs'

/** Starts headless Chromium with a DevTools port; resolves to { port, close }. */
async function startChromium(executablePath) {
  const profile = mkdtempSync(join(tmpdir(), 'deck-lighthouse-'))
  const child = spawn(executablePath, ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const port = await new Promise((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 60 s:\n${seen.slice(-2000)}`)), 60_000)
    child.stderr.on('data', (chunk) => {
      seen += chunk
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.once('exit', code => reject(new Error(`Chromium exited (${code}) before it listened:\n${seen.slice(-2000)}`)))
  })
  const close = async () => {
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill()
    await exited
    // Chromium's helper processes can still be writing the profile after the browser exits
    // (ENOTEMPTY once lost three finished runs), so retry, and never let cleanup drop results.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    }
    catch (error) {
      console.warn(`[bench] left Chromium's profile at ${profile}: ${error.message}`)
    }
  }
  return { port, close }
}

/**
 * `runs` Lighthouse runs of each target ({ name: url }), alternating their order run by run so
 * drift in machine load falls on both; returns per target the median of each figure.
 */
export async function lighthouseMedians(targets, { executablePath, runs = 3, log = () => {} }) {
  const names = Object.keys(targets)
  const results = Object.fromEntries(names.map(n => [n, []]))
  const chromium = await startChromium(executablePath)
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 ? [...names].reverse() : names) {
        const result = await lighthouse(targets[name], { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
        if (!result?.lhr)
          throw new Error(`Lighthouse returned no result for ${targets[name]}`)
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse on ${targets[name]}: ${result.lhr.runtimeError.message}`)
        results[name].push(lighthouseFigures(result.lhr))
      }
      log(`lighthouse run ${i + 1}/${runs}`)
    }
  }
  finally {
    await chromium.close()
  }
  const medianOf = (list, key) => median(list.map(r => r[key]).filter(Number.isFinite))
  return Object.fromEntries(names.map(n => [n, Object.fromEntries(['score', 'cls', 'tbtMs', 'ttiMs', 'fcpMs'].map(k => [k, medianOf(results[n], k)]))]))
}
