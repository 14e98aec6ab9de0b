// setupFiles of the component project: every wrapper a test mounted is unmounted after it, so no
// component of an earlier test keeps reacting to shared state (the calculator's, the Slidev mock's)
// or stays in the document while the next test runs.
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach } from 'vitest'

enableAutoUnmount(afterEach)
