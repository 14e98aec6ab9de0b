import type { Fact } from '../types'

export const sputnikFacts: Fact[] = [
]
