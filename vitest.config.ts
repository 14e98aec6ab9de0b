import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'

// Slidev's own Vite config must not load the Vue plugin, so vitest has its own.
const mockClient = fileURLToPath(new URL('./tests/mocks/slidev-client.ts', import.meta.url))

// Component files that mock modules (vi.mock, vi.doMock) get a module graph of their own; the
// others share one per worker (isolate: false), which a mock would leak into.
const COMPONENT = 'tests/component/'
const MOCKING = readdirSync(COMPONENT)
  .filter(f => f.endsWith('.test.ts') && /\bvi\.(?:do)?mock\(/i.test(readFileSync(`${COMPONENT}${f}`, 'utf8')))
  .map(f => `${COMPONENT}${f}`)

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
          setupFiles: ['tests/component/setup.ts'],
          // One happy-dom module graph per worker: Vue, the registry and the chart kit are imported
          // once, not once per file. setup.ts unmounts every wrapper after its test, and spies are
          // restored after it, so a file's console.error stub never reaches the next file.
          isolate: false,
          restoreMocks: true,
          maxWorkers: 2,
          include: [`${COMPONENT}**/*.test.ts`],
          exclude: MOCKING,
        },
      },
      {
        extends: true,
        test: {
          name: 'component-mocks',
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
          maxWorkers: 2,
          include: MOCKING,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts', 'tests/export/**/*.test.ts'],
          // Builds in the background; every file waits for the /deck/ build (wait-for-deck.ts).
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/wait-for-deck.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Two files at a time, each in its own Chromium: much of a browser file is waiting (network
          // idle, charts settling, page loads), which the other file's work fills. In a group of its
          // own (groupOrder 1), after the unit and component tests, instead of holding their workers
          // while the build runs. BROWSER_WORKERS=1 runs them one at a time.
          maxWorkers: Number(process.env.BROWSER_WORKERS ?? 2),
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
