/**
 * The days around the sign-up limit (lib/charts/signup-attacks.ts): the DDoS waves NSFOCUS
 * logged against DeepSeek's chat service and API, and DeepSeek's own two dates.
 */

export type AttackLaneId = 'chat' | 'api'

export interface AttackLaneInput {
  id: AttackLaneId
  label: string
  /** Fact counting the waves logged against this target. */
  countFactId: string
}

export interface AttackWaveInput {
  id: string
  lane: AttackLaneId
  /** A date fact: the day of the wave (China time, UTC+8). */
  factId: string
  /** Build step that reveals it. */
  step: number
}

export interface AttackMarkerInput {
  id: string
  /** A date fact. */
  factId: string
  /** Words above the marker line. */
  label: string
  step: number
}

/** First and last day on the axis. */
export const ATTACK_DAYS: [string, string] = ['2025-01-19', '2025-01-28']

export const ATTACK_LANES: readonly AttackLaneInput[] = [
  { id: 'chat', label: 'Chat service', countFactId: 'ddos-chat-wave-count' },
  { id: 'api', label: 'API', countFactId: 'ddos-wave-count' },
]

/** Steps: 0 the chat service, from R1's release day; 1 the API waves; 2 the sign-up limit. */
export const ATTACK_WAVES: readonly AttackWaveInput[] = [
  { id: 'chat-1', lane: 'chat', factId: 'ddos-first-wave', step: 0 },
  { id: 'chat-2', lane: 'chat', factId: 'ddos-chat-second-wave', step: 0 },
  { id: 'api-1', lane: 'api', factId: 'ddos-api-first-wave', step: 1 },
  { id: 'api-2', lane: 'api', factId: 'ddos-api-second-wave', step: 1 },
  { id: 'api-3', lane: 'api', factId: 'ddos-api-third-wave', step: 1 },
]

export const ATTACK_MARKERS: readonly AttackMarkerInput[] = [
  { id: 'r1', factId: 'deepseek-r1-release', label: 'R1 released', step: 0 },
  { id: 'limit', factId: 'registration-limit-date', label: 'Sign-ups limited', step: 2 },
]

export const ATTACK_STEPS = 3
