/**
 * The calculator's presets from the registry: DeepSeek's published run, the same run with
 * pre-training experiments, Llama 3.1 at DeepSeek's price, and published all-in estimates (sums
 * of sourced costs). Registry values come in through a lookup, so tests can pin them. Pure.
 */
import type { Scenario } from './scenario'
import { clampField, FIELDS, formatField, formatShort } from './fields'
import { formatUsd, runGpuHours, scenarioCost } from './scenario'

/** One term of a published estimate: a registry figure and what it counts. */
export interface PresetPart {
  label: string
  factId: string
  value: number
}

export interface Preset {
  id: string
  label: string
  /** The fields the preset sets (an estimate preset leaves the fields as they are). */
  scenario: Scenario
  /** Registry ids the preset's numbers come from: their sources are the preset's sources. */
  factIds: string[]
  /** Whose figures these are, for the line under the presets: "DeepSeek", "Epoch AI". */
  by: string
  /** The preset's formula with its numbers, so a reader can redo the sum. */
  formula: string
  /** A published all-in estimate: the parts it adds up, instead of GPU-hours × price. */
  parts?: PresetPart[]
}

/** A published estimate's total: the sum of its parts. */
export function estimateTotal(preset: Preset): number {
  if (!preset.parts?.length)
    throw new TypeError(`estimateTotal: preset "${preset.id}" is a GPU-hour scenario, not an estimate`)
  return preset.parts.reduce((sum, p) => sum + p.value, 0)
}

/** The facts a preset reads; `num` returns a registry number (or one end of a range). */
export type FactNumber = (id: string, end?: 'low' | 'high') => number

const usd = (v: number) => formatUsd(v)
const hours = (v: number) => formatShort(v, FIELDS.gpuHours)

/** "2.788M GPU-hours × $2.00 × 1× = $5.576M" for a GPU-hour scenario. */
export function scenarioFormula(s: Scenario): string {
  return `${hours(runGpuHours(s))} GPU-hours × ${formatField(s.price, FIELDS.price)} × ${formatField(s.multiplier, FIELDS.multiplier)} = ${usd(scenarioCost(s))}`
}

function estimate(id: string, label: string, by: string, base: Scenario, parts: PresetPart[]): Preset {
  const preset: Preset = { id, label, by, scenario: base, factIds: parts.map(p => p.factId), formula: '', parts }
  preset.formula = `${parts.map(p => `${usd(p.value)} ${p.label}`).join(' + ')} = ${usd(estimateTotal(preset))}`
  return preset
}

export function buildPresets(num: FactNumber): Preset[] {
  const v3: Scenario = {
    gpus: num('v3-gpu-count'),
    mode: 'gpu-hours',
    days: clampField(num('v3-gpu-hours') / num('v3-gpu-count') / 24, FIELDS.days),
    gpuHours: num('v3-gpu-hours'),
    price: num('v3-rental-price'),
    multiplier: 1,
  }
  const v3Ids = ['v3-gpu-count', 'v3-gpu-hours', 'v3-rental-price']
  const llama = { gpus: num('llama31-405b-gpu-count'), gpuHours: num('llama31-405b-gpu-hours') }
  // Interconnects' 2–4× is the compute of pre-training experiments, on top of the final run.
  const experiments = (end: 'low' | 'high'): Preset => {
    const scenario = { ...v3, multiplier: num('v3-experiment-multiple', end) }
    return { id: `v3-research-${end}`, label: `V3 + experiments ${scenario.multiplier}×`, scenario, factIds: [...v3Ids, 'v3-experiment-multiple'], by: 'DeepSeek; Interconnects (experiments)', formula: scenarioFormula(scenario) }
  }
  const llamaScenario = { ...v3, ...llama, days: clampField(llama.gpuHours / llama.gpus / 24, FIELDS.days) }
  return [
    { id: 'v3', label: 'V3 as published', scenario: v3, factIds: v3Ids, by: 'DeepSeek', formula: scenarioFormula(v3) },
    experiments('low'),
    experiments('high'),
    { id: 'llama', label: 'Llama 3.1 405B', scenario: llamaScenario, factIds: ['llama31-405b-gpu-count', 'llama31-405b-gpu-hours', 'v3-rental-price'], by: 'Meta; priced at DeepSeek’s rate', formula: scenarioFormula(llamaScenario) },
    estimate('r1-epoch', 'R1, Epoch AI', 'Epoch AI', v3, [
      { label: 'pre-training (DeepSeek)', factId: 'v3-pretraining-cost', value: num('v3-pretraining-cost') },
      { label: 'reinforcement learning (Epoch AI’s estimate)', factId: 'r1-rl-cost-epoch-estimate', value: num('r1-rl-cost-epoch-estimate') },
    ]),
    estimate('fleet-semianalysis', 'GPU fleet, SemiAnalysis', 'SemiAnalysis', v3, [
      { label: 'server capex', factId: 'deepseek-server-capex', value: num('deepseek-server-capex') },
      { label: 'operating cost', factId: 'deepseek-cluster-opex', value: num('deepseek-cluster-opex') },
    ]),
  ]
}

/** The cost a scenario shows: a chosen estimate's total, or GPU-hours × price × factor. */
export function shownCost(s: Scenario, presets: readonly Preset[]): number {
  const chosen = s.estimate ? presets.find(p => p.id === s.estimate && p.parts) : undefined
  return chosen ? estimateTotal(chosen) : scenarioCost(s)
}

/** The chosen estimate, or the preset whose numbers the scenario matches (the mode may differ). */
export function matchingPreset(s: Scenario, presets: readonly Preset[]): Preset | undefined {
  if (s.estimate)
    return presets.find(p => p.id === s.estimate && p.parts)
  const cost = scenarioCost(s)
  return presets.find(p => !p.parts && p.scenario.gpus === s.gpus && p.scenario.price === s.price
    && p.scenario.multiplier === s.multiplier && Math.abs(scenarioCost(p.scenario) - cost) < 1e-6 * cost)
}
