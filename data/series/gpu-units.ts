/** The fleets of the gpu-units chart (lib/charts/gpu-units.ts): one dot per GPU. */

export interface FleetInput {
  name: string
  /** A training run or a whole cluster: the two are not the same thing. */
  kind: 'training run' | 'cluster'
  chip: 'H800' | 'H100'
  side: 'deepseek' | 'us'
  /** The GPU count. */
  factId: string
  /** The count as a multiple of V3's cluster; absent for V3 itself. */
  multipleFactId?: string
}

/** In reveal order: V3, then Llama 3.1 405B, then Colossus. */
export const GPU_FLEETS: readonly FleetInput[] = [
  { name: 'DeepSeek-V3', kind: 'training run', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-count' },
  { name: 'Llama 3.1 405B', kind: 'training run', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-count', multipleFactId: 'llama31-v3-gpu-count-multiple' },
  { name: 'xAI Colossus', kind: 'cluster', chip: 'H100', side: 'us', factId: 'colossus-gpu-count', multipleFactId: 'colossus-v3-gpu-count-multiple' },
]
