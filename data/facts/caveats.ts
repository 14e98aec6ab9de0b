import type { Fact } from '../types'

export const caveatsFacts: Fact[] = [
]
