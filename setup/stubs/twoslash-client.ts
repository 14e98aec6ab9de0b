// Stands in for @shikijs/vitepress-twoslash/client (see vite.config.ts): Slidev installs it as a
// Vue plugin for Twoslash code tooltips, and this deck shows no code.
import type { Plugin } from 'vue'

const noTwoslash: Plugin = { install() {} }
export default noTwoslash
