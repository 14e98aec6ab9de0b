/**
 * From hedge fund to R1: High-Flyer and DeepSeek on one axis with the US chip rules. Steps: the
 * fund and its pre-rule A100s; DeepSeek founded and V2; R1 (built on V3). One time scale.
 */
import { ORIGIN_TIMELINE } from '../../data/series/origin-timeline'
import { defineTimeline } from '../timeline/define'

export const originTimelineChart = defineTimeline({
  id: 'origin-timeline',
  title: 'From a quant fund to R1, 2015–2025',
  unit: 'Dated events, 2015 to 2025, on one time scale',
  data: ORIGIN_TIMELINE,
  columns: { date: 'Date', until: 'Until', lane: 'Who', what: 'What' },
  span: '2015 to 2025',
  // Each label carries its month and year.
  dates: 'month',
  before: 'before 2022',
  // High-Flyer is DeepSeek's Chinese parent: one colour for both.
  laneTones: { highflyer: 'deepseek', deepseek: 'deepseek' },
  marginLeft: 104,
  // One line on the slide: the stockpile's source and DeepSeek's own; the CSV lists them all.
  sourceFactIds: ['highflyer-a100-purchase', 'deepseek-v2-release'],
})
