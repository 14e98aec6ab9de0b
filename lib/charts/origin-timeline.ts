/**
 * From hedge fund to R1: High-Flyer and DeepSeek on one axis with the US chip rules. Steps: the
 * fund and its pre-rule A100s; DeepSeek founded and V2; V3, the app and R1.
 */
import { ORIGIN_TIMELINE } from '../../data/series/origin-timeline'
import { defineTimeline } from '../timeline/define'

export const originTimelineChart = defineTimeline({
  id: 'origin-timeline',
  title: 'From a quant fund to R1, 2015–2025',
  unit: 'Dated events and US chip-export status',
  data: ORIGIN_TIMELINE,
  columns: { date: 'Date', until: 'Until', lane: 'Who', what: 'What' },
  span: '2015 to 2025',
  before: 'before 2022',
  laneTones: { highflyer: 'neutral', deepseek: 'deepseek' },
  marginLeft: 104,
  sourceFactIds: ['highflyer-a100-purchase', 'deepseek-v2-release', 'deepseek-v3-release'],
})
