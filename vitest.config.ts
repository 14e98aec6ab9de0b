import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Slidev's own Vite config must not load the Vue plugin, so vitest has its own.
const mockClient = fileURLToPath(new URL('./tests/mocks/slidev-client.ts', import.meta.url))

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@slidev/client': mockClient } },
  test: {
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
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
