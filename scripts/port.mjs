// Waiting for a TCP port: Slidev renders the PDF on a fixed port, so a build or export that
// starts while another one renders must wait for that port instead of failing with EADDRINUSE.
// Used by scripts/render-lock.mjs (acquireRenderLock), and so by build, export, bench and the tests.
import { createServer } from 'node:net'

/** Whether nothing listens on `port` (tried by listening on it for a moment). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

/**
 * Resolves once `port` is free, polling every `intervalMs`; rejects after `timeoutMs`.
 * `onBusy` is called once, the first time the port is found busy (to say why we wait).
 */
export async function waitForFreePort(port, { timeoutMs = 600_000, intervalMs = 2000, onBusy } = {}) {
  const deadline = Date.now() + timeoutMs
  let told = false
  while (!(await portIsFree(port))) {
    if (Date.now() > deadline)
      throw new Error(`Port ${port} stayed busy for ${Math.round(timeoutMs / 1000)} s; stop whatever holds it.`)
    if (!told)
      onBusy?.()
    told = true
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
}
