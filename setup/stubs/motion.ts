// Stands in for @vueuse/motion (see vite.config.ts): Slidev registers its `v-motion` directive on
// every page, and no slide of this deck uses v-motion. The directive then does nothing.
import type { ObjectDirective } from 'vue'

export function MotionDirective(): ObjectDirective {
  return { created() {}, mounted() {} }
}
