/** The bars of the gpu-hours chart (lib/charts/gpu-hours.ts): training compute per model. */

export interface GpuHoursInput {
  name: string
  chip: 'H800' | 'H100'
  side: 'deepseek' | 'us'
  factId: string
}

/** V3 first: it is the piece Llama's bar is cut into. */
export const GPU_HOURS_ROWS: readonly GpuHoursInput[] = [
  { name: 'DeepSeek-V3', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-hours' },
  { name: 'Llama 3.1 405B', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-hours' },
]

/** Llama's GPU-hours as a multiple of V3's (a derived fact). */
export const GPU_HOURS_RATIO_FACT = 'llama31-v3-gpu-hours-multiple'
