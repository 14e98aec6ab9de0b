import type { Fact } from '../types'
import { after2025Facts } from './after-2025'
import { caveatsFacts } from './caveats'
import { controlsFacts } from './controls'
import { costFacts } from './cost'
import { lessonsFacts } from './lessons'
import { marketFacts } from './market'
import { milestoneFacts } from './milestones'
import { nvidiaFacts } from './nvidia'
import { originFacts } from './origin'
import { sputnikFacts } from './sputnik'

/** Every fact, in deck order. One file per act keeps each act's edits apart. */
export const allFacts: readonly Fact[] = [
  ...sputnikFacts,
  ...originFacts,
  ...milestoneFacts,
  ...costFacts,
  ...controlsFacts,
  ...marketFacts,
  ...nvidiaFacts,
  ...caveatsFacts,
  ...lessonsFacts,
  ...after2025Facts,
]
