// Root setup: repairs to Slidev's own controls that axe flags (see setup/a11y.ts).
import { defineRootSetup } from '@slidev/types'
import { onBeforeUnmount, onMounted } from 'vue'
import { watchA11yPatches } from './a11y'

export default defineRootSetup(() => {
  let stop = () => {}
  onMounted(() => {
    stop = watchA11yPatches(document.body)
  })
  onBeforeUnmount(() => stop())
})
