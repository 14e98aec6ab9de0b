/** The fleets of the gpu-units chart (lib/charts/gpu-units.ts): one square per 1,000 GPUs. */

export interface FleetInput {
  name: string
  /** A training run or a whole cluster: the two are not the same thing. */
  kind: 'training run' | 'cluster'
  chip: 'H800' | 'H100' | 'A100'
  side: 'deepseek' | 'us'
  /** The GPU count. */
  factId: string
  /** The count as a multiple of V3's cluster; absent where the registry has none. */
  multipleFactId?: string
  /** A leaked, unconfirmed count: drawn as outlined squares and labelled as a leak. */
  leak?: true
}

/** GPUs one square stands for. */
export const GPUS_PER_SQUARE = 1000

/** In reveal order: V3, then Llama 3.1 405B and GPT-4 (reported), then Colossus. */
export const GPU_FLEETS: readonly FleetInput[] = [
  { name: 'DeepSeek-V3', kind: 'training run', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-count' },
  { name: 'Llama 3.1 405B', kind: 'training run', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-count', multipleFactId: 'llama31-v3-gpu-count-multiple' },
  { name: 'GPT-4', kind: 'training run', chip: 'A100', side: 'us', factId: 'gpt4-gpu-count', leak: true },
  { name: 'xAI Colossus', kind: 'cluster', chip: 'H100', side: 'us', factId: 'colossus-gpu-count', multipleFactId: 'colossus-v3-gpu-count-multiple' },
]
