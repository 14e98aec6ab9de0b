// One PDF render at a time on a machine: Slidev's build and export render the PDF on a fixed
// port, so a second build or export waits for the first instead of failing with EADDRINUSE.
// Re-exported by scripts/chromium.mjs, which build, export and bench import it from.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { waitForFreePort } from './port.mjs'

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
