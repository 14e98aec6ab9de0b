import type { Fact } from '../types'

export const costFacts: Fact[] = [
]
