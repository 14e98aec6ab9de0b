import type { Fact } from '../types'

/** Dated milestones shared by the origin and export-control timelines. */
export const milestoneFacts: Fact[] = [
]
