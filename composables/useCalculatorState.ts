import type { ComputedRef } from 'vue'
import type { FieldKey, Preset, Scenario, TimeMode } from '../lib/calculator'
import { computed } from 'vue'
import { buildPresets, clampField, FIELDS, sanitiseScenario, withMode } from '../lib/calculator'
import { numberOrEnd } from '../lib/facts'
import { createWindowSync, useRenderMode } from './deck'

/** BroadcastChannel name shared by every window of the deck in one browser. */
export const CALCULATOR_CHANNEL = 'slidev-deck-cost-calculator'

export const calculatorPresets: readonly Preset[] = buildPresets(numberOrEnd)
/** Presets that are published all-in estimates (a sum of costs), not GPU-hour scenarios. */
const estimateIds = calculatorPresets.filter(p => p.parts).map(p => p.id)
/** DeepSeek-V3 as published: the starting point, and all that print shows. */
export const publishedScenario: Scenario = calculatorPresets[0].scenario

let shared: { state: Scenario } | undefined

/** One synced state per window, made on first use. */
function sharedState(): { state: Scenario } {
  shared ??= createWindowSync<Scenario>(CALCULATOR_CHANNEL, publishedScenario)
  return shared
}

export interface UseCalculatorStateReturn {
  /** The scenario to show: checked and clamped; the published preset in print. */
  scenario: ComputedRef<Scenario>
  /** Print and PDF: no editing. */
  readOnly: ComputedRef<boolean>
  presets: readonly Preset[]
  setField: (key: FieldKey, value: number) => void
  setMode: (mode: TimeMode) => void
  applyPreset: (id: string) => void
}

/**
 * The what-if calculator's scenario, synced between the presenter and audience windows with
 * Slidev's `createSyncState`, and fixed to DeepSeek's published figures in print.
 */
export function useCalculatorState(): UseCalculatorStateReturn {
  const { state } = sharedState()
  const { isPrint } = useRenderMode()
  const readOnly = computed(() => isPrint.value)
  const scenario = computed(() => readOnly.value ? publishedScenario : sanitiseScenario(state, publishedScenario, estimateIds))

  // `estimate` is always written, so leaving an estimate clears it in every window.
  function assign(next: Scenario) {
    if (readOnly.value)
      return
    Object.assign(state, { ...next, estimate: next.estimate })
  }

  return {
    scenario,
    readOnly,
    presets: calculatorPresets,
    setField: (key, value) => {
      // Editing a field leaves a chosen estimate: the fields drive the cost again.
      if (Number.isFinite(value))
        assign({ ...scenario.value, [key]: clampField(value, FIELDS[key]), estimate: undefined })
    },
    setMode: mode => assign(withMode(scenario.value, mode)),
    applyPreset: (id) => {
      const preset = calculatorPresets.find(p => p.id === id)
      if (!preset)
        throw new Error(`useCalculatorState: unknown preset "${id}"`)
      // An estimate is shown over the current fields; a scenario preset replaces them.
      assign(preset.parts ? { ...scenario.value, estimate: preset.id } : { ...preset.scenario, estimate: undefined })
    },
  }
}

/** Tests only: back to the published preset. */
export function resetCalculatorState(): void {
  Object.assign(sharedState().state, { ...publishedScenario, estimate: undefined })
}
