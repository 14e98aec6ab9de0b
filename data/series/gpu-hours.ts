/** The bars of the gpu-hours chart (lib/charts/gpu-hours.ts): training compute per model, and the cluster that ran it. */

export interface GpuHoursInput {
  name: string
  chip: 'H800' | 'H100'
  side: 'deepseek' | 'us'
  /** GPU-hours of the training run. */
  factId: string
  /** GPUs in the training cluster, named with the bar ("2,048 H800s"). */
  countFactId: string
}

/** V3 first: it is the piece Llama's bar is cut into. */
export const GPU_HOURS_ROWS: readonly GpuHoursInput[] = [
  { name: 'DeepSeek-V3', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-hours', countFactId: 'v3-gpu-count' },
  { name: 'Llama 3.1 405B', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-hours', countFactId: 'llama31-405b-gpu-count' },
]

/** Llama's GPU-hours as a multiple of V3's (a derived fact). */
export const GPU_HOURS_RATIO_FACT = 'llama31-v3-gpu-hours-multiple'
