// setupFiles of the component project, run before each test file: every wrapper a test mounted is
// unmounted after it, so no component of an earlier test keeps reacting to shared state (the
// calculator's, the Slidev mock's) or stays in the document while the next test (or file) runs.
// The files share one module graph (isolate: false): drop the previous file's hook first.
import { disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeAll } from 'vitest'
import { loadFactView } from '../../composables/useFactView'

disableAutoUnmount()
enableAutoUnmount(afterEach)

// <Fact> loads the registries after its first paint in the deck; a test reads them at once.
beforeAll(() => loadFactView())
