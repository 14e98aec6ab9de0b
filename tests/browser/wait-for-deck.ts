// setupFiles of the browser project: no test file starts before the /deck/ build it opens exists.
import { beforeAll } from 'vitest'
import { buildError } from './built'

beforeAll(async () => {
  const error = await buildError('deck')
  if (error)
    throw new Error(`the /deck/ build failed: ${error}`)
}, 600_000)
