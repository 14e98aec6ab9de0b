/**
 * What 2025 brought after the sell-off, on one axis: Nvidia's fall, rebound and H20 charge,
 * the R1 paper's cost of the reasoning stage, and US export rules that tightened, then loosened.
 * Steps: R1, the sell-off and the rebound; the R1 paper; the export rules and Nvidia's charge.
 *
 * The timeline has a slide of its own, so it is laid out roomier than the shared default:
 * larger text (REST_OF_2025_FONT, which its component sets) and taller label tiers.
 */
import type { TimelineDefinition } from '../timeline/define'
import { REST_OF_2025_TIMELINE } from '../../data/series/rest-of-2025'
import { defineTimeline } from '../timeline/define'
import { timelineLayout } from '../timeline/layout'
import { readTimeline } from '../timeline/registry'

/** Label size in viewBox units (the component sets the same on the SVG text). */
export const REST_OF_2025_FONT = 19

const base = defineTimeline({
  id: 'rest-of-2025',
  title: 'After the shock: the rest of 2025',
  unit: 'Dated events, January to October 2025',
  data: REST_OF_2025_TIMELINE,
  columns: { date: 'Date', until: 'Until', lane: 'Who', what: 'What' },
  span: 'January to October 2025',
  before: 'before 2025',
  // The axis gives the year, so event dates leave it out.
  shortDates: true,
  laneTones: { nvidia: 'nvidia', deepseek: 'deepseek', rules: 'us' },
  marginLeft: 112,
  minorMonths: 1,
  sourceFactIds: ['nvidia-rebound-pct', 'r1-rl-cost', 'control-2025-04-h20'],
})

const roomy = timelineLayout(readTimeline(REST_OF_2025_TIMELINE, true), {
  width: 880,
  marginLeft: 112,
  marginRight: 12,
  minorMonths: 1,
  fontSize: REST_OF_2025_FONT,
  tierHeight: 30,
  laneGap: 16,
  axisHeight: 32,
})

// Same events in the same order as the base layout, so its rows and steps still fit.
if (roomy.events.map(e => e.id).join() !== base.layout(880).events.map(e => e.id).join())
  throw new Error('rest-of-2025: the roomier layout lost track of the events')

// The slide's width gets the roomier layout; narrower widths keep the base definition's.
export const restOf2025Chart: TimelineDefinition = { ...base, layout: width => (width >= 880 ? roomy : base.layout(width)) }
