import type { Fact } from '../types'

export const lessonsFacts: Fact[] = [
]
