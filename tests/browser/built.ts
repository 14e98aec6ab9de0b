/**
 * The browser tests' side of global-setup.ts, which builds in the background while the unit and
 * component tests run: wait until a build step has finished, and learn whether it failed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'

/** What global-setup.ts builds: the /deck/ site, then `npm run export` (PDF and root-base site). */
export type BuildStep = 'deck' | 'export'

/** The status file global-setup.ts writes when `step` ends: `{ "error": "" }` on success. */
export function statusFile(dir: string, step: BuildStep): string {
  return join(dir, `${step}.json`)
}

/** Resolves, once `step` has ended, to why it failed, or '' when it succeeded. */
export async function buildError(step: BuildStep): Promise<string> {
  const file = statusFile(inject('buildStatusDir'), step)
  while (!existsSync(file))
    await new Promise(resolve => setTimeout(resolve, 250))
  return (JSON.parse(readFileSync(file, 'utf8')) as { error: string }).error
}
