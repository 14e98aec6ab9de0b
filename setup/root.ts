// Root setup: repairs to Slidev's own controls that axe flags (see setup/a11y.ts), the
// neighbouring slides' code fetched ahead of a click (composables/deck.ts), and the fact
// registries <Fact> reads, fetched once the first slide has painted (composables/useFactView.ts).
import { defineRootSetup } from '@slidev/types'
import { onBeforeUnmount, onMounted } from 'vue'
import { afterFirstPaint } from '../composables/afterPaint'
import { prefetchNeighbourSlides } from '../composables/deck'
import { loadFactView } from '../composables/useFactView'
import { watchA11yPatches } from './a11y'

export default defineRootSetup(() => {
  prefetchNeighbourSlides()
  afterFirstPaint(() => void loadFactView())
  let stop = () => {}
  onMounted(() => {
    stop = watchA11yPatches(document.body)
  })
  onBeforeUnmount(() => stop())
})
