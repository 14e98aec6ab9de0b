// Builds scripts/prerender/entry.ts for node with the deck's own Vue components, and collects
// their CSS (scoped styles included) into one file: the static pages draw from the same code
// as the slides. Returns the loaded module and the CSS text.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'

/**
 * @param {string} root the project folder
 * @param {string} [outDir] where to write the node bundle: inside the project, so its imports of
 *   vue, d3… resolve from node_modules
 */
export async function buildPrerender(root, outDir = join(root, 'node_modules/.cache/deck-prerender')) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [vue({ template: { compilerOptions: { whitespace: 'condense' } } })],
    resolve: {
      alias: [
        { find: /^@slidev\/client$/, replacement: resolve(root, 'scripts/prerender/slidev-client.ts') },
        // Runtime template compilation (slide markup) needs Vue's full build.
        { find: /^vue$/, replacement: 'vue/dist/vue.cjs.js' },
      ],
    },
    define: { 'import.meta.env.BASE_URL': JSON.stringify('/') },
    build: {
      ssr: resolve(root, 'scripts/prerender/entry.ts'),
      ssrEmitAssets: true,
      cssCodeSplit: false,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry.mjs', assetFileNames: '[name][extname]' } },
    },
  })
  const module = await import(pathToFileURL(join(outDir, 'entry.mjs')).href)
  const css = await readFile(join(outDir, 'style.css'), 'utf8').catch(() => '')
  return { module, css }
}
