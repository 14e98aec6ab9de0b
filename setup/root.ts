// Root setup: repairs to Slidev's own controls that axe flags (see setup/a11y.ts), and the
// neighbouring slides' code fetched ahead of a click (composables/deck.ts).
import { defineRootSetup } from '@slidev/types'
import { onBeforeUnmount, onMounted } from 'vue'
import { prefetchNeighbourSlides } from '../composables/deck'
import { watchA11yPatches } from './a11y'

export default defineRootSetup(() => {
  prefetchNeighbourSlides()
  let stop = () => {}
  onMounted(() => {
    stop = watchA11yPatches(document.body)
  })
  onBeforeUnmount(() => stop())
})
