// ESLint: Anthony Fu's shared config (the one Slidev and VueUse use), for Vue 3 + strict TS.
// `npm run lint` checks; `npm run lint:fix` also applies the stylistic fixes.
import antfu from '@antfu/eslint-config'

// Node 20 (this project's engine, see .nvmrc) has no Object.groupBy (Node 21+), which
// eslint-flat-config-utils 3 calls when ESLint resolves the config below. Remove on Node 22.
Object.groupBy ??= (items, key) => {
  const groups = Object.create(null)
  let i = 0
  for (const item of items)
    (groups[key(item, i++)] ??= []).push(item)
  return groups
}

export default antfu({
  vue: true,
  typescript: true,
  // Slidev's Markdown (slides.md, pages/) is not CommonMark: frontmatter between `---` slide
  // separators, HTML and Vue components inline. The Markdown rules read it wrongly, and the
  // deck shows no code blocks to lint, so slide files are left out; README and notes stay in.
  ignores: [
    'slides.md',
    'pages/**/*.md',
    'dist',
    'dist-*',
    'bench-results',
    'test-results',
    'tests/fixtures',
    '**/__snapshots__',
    '.slidev',
    'components.d.ts',
  ],
}, {
  rules: {
    // Would break `<span>text</span>` and SVG `<text>`/`<tspan>` onto three lines: Vue keeps a
    // space for the line break, which shifts inline text and anchored SVG labels.
    'vue/singleline-html-element-content-newline': 'off',
    'vue/multiline-html-element-content-newline': 'off',
    // Scripts and tests are Node ESM (engine ≥ 20), where `process` and `Buffer` are globals.
    'node/prefer-global/process': 'off',
    'node/prefer-global/buffer': 'off',
    // Flags the `<tag\b[^>]*\battr=` idiom: `*` and `+` match the same strings there.
    'regexp/no-contradiction-with-assertion': 'off',
  },
}, {
  files: ['**/*.vue'],
  rules: {
    // A component with both <script> and <script setup> is one module to this rule: its fix
    // merges imports across the two blocks and breaks the file (seen on Bibliography.vue).
    'import/no-duplicates': 'off',
    // The same two-block reading: its fix hoists <script setup>'s imports into <script> and
    // leaves the plain block's exports inside <script setup> (seen on Bibliography.vue).
    'import/first': 'off',
  },
}, {
  files: ['scripts/**', 'tests/**', '*.config.*'],
  rules: {
    // Command-line tools and test diagnostics print by design.
    'no-console': 'off',
    // These regexps read the repository's own files, never untrusted input.
    'regexp/no-super-linear-backtracking': 'off',
  },
}, {
  files: ['tests/**'],
  rules: {
    // Test titles begin with component and proper names (CostCalculator, Nvidia).
    'test/prefer-lowercase-title': 'off',
  },
}, {
  files: ['tests/browser/**'],
  rules: {
    // Browser tests assert what a reader sees: innerText (rendered), not textContent.
    'unicorn/prefer-dom-node-text-content': 'off',
  },
})
