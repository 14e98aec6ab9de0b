import type { Fact } from '../types'

export const originFacts: Fact[] = [
]
