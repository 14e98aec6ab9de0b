// Build configuration Slidev merges into its own (sli.dev/custom/config-vite). It drops client
// code the deck does not use and that no headmatter option turns off: Slidev 52.20.1 imports
// Twoslash's tooltip plugin and its stylesheet, and Magic Move's stylesheet, on every page
// (client/setup/main.ts, client/styles/index.ts), although the deck shows no code; and it adds
// KaTeX's stylesheet whenever a slide's text holds two `$` signs (@slidev/parser detectFeatures:
// the notes' dollar figures), although the deck has no maths; and @vueuse/motion for the
// `v-motion` directive, which no slide uses. Each alias matches one import only;
// README "Performance" gives what each saves.
// `cssCodeSplit: false` puts every style in the one stylesheet index.html links: slide 1 then
// waits on no per-chunk CSS files (a slide chunk's import resolves only once its CSS has
// loaded): first paint 0.93x the split build's, in 25 alternating pairs (README).
// DECK_BENCH_SOURCEMAP=1 (npm run bench only) adds hidden source maps: .map files beside the
// chunks and no sourceMappingURL comment, so the .js bytes are those of a normal build; the bench
// reads them to say which sources the JS bytes come from (scripts/bench-attribution.mjs).
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const stub = (file: string) => fileURLToPath(new URL(`./setup/stubs/${file}`, import.meta.url))

export default defineConfig({
  build: { cssCodeSplit: false, ...(process.env.DECK_BENCH_SOURCEMAP === '1' && { sourcemap: 'hidden' as const }) },
  resolve: {
    alias: [
      { find: /^@shikijs\/vitepress-twoslash\/client$/, replacement: stub('twoslash-client.ts') },
      { find: /^@shikijs\/vitepress-twoslash\/style\.css$/, replacement: stub('empty.css') },
      { find: /^@shikijs\/magic-move\/style\.css$/, replacement: stub('empty.css') },
      { find: /^.*\/katex\/dist\/katex\.min\.css$/, replacement: stub('empty.css') },
      { find: /^@vueuse\/motion$/, replacement: stub('motion.ts') },
    ],
  },
})
