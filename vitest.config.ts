import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'

// Slidev's own Vite config must not load the Vue plugin, so vitest has its own.
const mockClient = fileURLToPath(new URL('./tests/mocks/slidev-client.ts', import.meta.url))

// Browser files that read `npm run export`'s output, which global-setup.ts builds last, while the
// other browser files run: they go last so that nothing waits for it.
const READS_EXPORT = ['tests/export/', 'tests/browser/deep-link.test.ts']

class ExportLastSequencer extends BaseSequencer {
  override async sort(files: Parameters<BaseSequencer['sort']>[0]) {
    const sorted = await super.sort(files)
    const last = (f: (typeof sorted)[number]) => READS_EXPORT.some(p => f.moduleId.includes(`/${p}`))
    return [...sorted.filter(f => !last(f)), ...sorted.filter(last)]
  }
}

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@slidev/client': mockClient } },
  test: {
    sequence: { sequencer: ExportLastSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure Node tests with no mocks: sharing one module graph per worker saves re-importing
          // d3, the registry and Slidev's parser for every file (most of this project's time).
          isolate: false,
          // Vitest's default is one worker per core less one: a single worker on a 2-core machine.
          maxWorkers: 2,
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          maxWorkers: 2,
          include: ['tests/component/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts', 'tests/export/**/*.test.ts'],
          // Builds in the background; every file waits for the /deck/ build (wait-for-deck.ts). Vitest
          // runs this project's files one at a time after the unit and component tests.
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/wait-for-deck.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
