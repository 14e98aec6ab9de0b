import type { Fact } from '../types'

export const controlsFacts: Fact[] = [
]
