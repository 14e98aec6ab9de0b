/**
 * After January 2025, to today: US rules on Nvidia chips for China (the H20 licence, the 15% deal, the H200 with a 25% cut), DeepSeek's releases since R1 and the Nature paper's
 * RL cost, Beijing's answer and Nvidia's charge. Steps: US rules; DeepSeek; Beijing and Nvidia.
 *
 * The timeline has a slide of its own, so at the slide's width it is laid out roomier than the
 * shared default: larger text and taller label tiers (TimelineChart sets the text size it gets).
 */
import { AFTER_JANUARY_2025_TIMELINE } from '../../data/series/after-january-2025'
import { defineTimeline } from '../timeline/define'

export const afterJanuary2025Chart = defineTimeline({
  id: 'after-january-2025',
  title: 'After January 2025: US chip rules and DeepSeek, to December 2026',
  unit: 'Dated events, March 2025 to December 2026',
  data: AFTER_JANUARY_2025_TIMELINE,
  columns: { date: 'Date', until: 'Until', lane: 'Who', what: 'What' },
  span: 'March 2025 to December 2026',
  before: 'before March 2025',
  // Two years on the axis: every label carries its month and year.
  dates: 'month',
  // Beijing shares DeepSeek's colour: one colour for China.
  laneTones: { rules: 'us', deepseek: 'deepseek', beijing: 'deepseek', nvidia: 'nvidia' },
  marginLeft: 112,
  minorMonths: 3,
  slide: { fontSize: 18, tierHeight: 26, laneGap: 10, axisHeight: 30 },
  sourceFactIds: ['h20-revenue-share-deal', 'h200-approved-25pct', 'r1-rl-cost'],
})
