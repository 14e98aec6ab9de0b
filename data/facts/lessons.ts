import type { Fact, Source } from '../types'

// Lessons: what Nadella and Altman actually said, and what 2025 brought (fact table A15, B4, B6).

const nadellaPost: Source = {
  outlet: 'Satya Nadella on X',
  title: 'Post of Jan 26, 2025 (PT): “Jevons paradox strikes again!”',
  url: 'https://twitter.com/satyanadella/status/1883753899255046301',
  date: '2025-01-27',
}
const fortuneNadella: Source = {
  outlet: 'Fortune',
  title: 'Satya Nadella believes Chinese AI startup DeepSeek could be a win for tech, even as Microsoft’s shares tumble',
  url: 'https://fortune.com/2025/01/27/microsoft-ceo-satya-nadella-deepseek-optimism-jevons-paradox',
  date: '2025-01-27',
}
const altman: Source = {
  outlet: 'Business Standard',
  title: 'Sam Altman reacts to DeepSeek R1 (report on his X posts)',
  url: 'https://www.business-standard.com/amp/technology/tech-news/sam-altman-deepseek-r1-openai-agi-race-chatgpt-125012800400_1.html',
  date: '2025-01-28',
}

function quote(id: string, label: string, words: string, asOf: string, sources: Source[], note?: string): Fact {
  return {
    id,
    act: 'lessons',
    label,
    value: `“${words}”`,
    unit: 'quote',
    format: { style: 'text' },
    asOf,
    confidence: 'high',
    sources,
    ...(note ? { note } : {}),
  }
}

export const lessonsFacts: Fact[] = [
  quote(
    'nadella-jevons-quote',
    'Satya Nadella’s post, late Sunday Jan 26, 2025 (PT)',
    'Jevons paradox strikes again!',
    '2025-01-27',
    [nadellaPost, fortuneNadella],
    'Posted 05:48 UTC on Jan 27 (derived from the post id). About efficiency raising total demand, not about competition.',
  ),
  quote(
    'nadella-jevons-use',
    'Satya Nadella’s post: what cheaper AI leads to',
    'As AI gets more efficient and accessible, we will see its use skyrocket',
    '2025-01-27',
    [nadellaPost, fortuneNadella],
  ),
  quote(
    'altman-competitor-quote',
    'Sam Altman on R1, Monday night Jan 27, 2025 (US)',
    'legit invigorating to have a new competitor',
    '2025-01-27',
    [altman],
    'He also called R1 impressive “for the price” and said OpenAI would “pull up some releases”.',
  ),
  quote(
    'altman-releases-quote',
    'Sam Altman’s promise in the same post',
    'we will pull up some releases',
    '2025-01-27',
    [altman],
  ),
  quote(
    'altman-compute-quote',
    'Sam Altman’s follow-up on compute',
    'more important now than ever',
    '2025-01-27',
    [altman],
  ),
  {
    id: 'r1-cost-disclosure',
    act: 'lessons',
    label: 'DeepSeek discloses R1’s reasoning-stage training cost in a peer-reviewed Nature paper',
    value: '2025-09',
    unit: 'date',
    format: { style: 'date' },
    asOf: '2025-09',
    confidence: 'medium',
    sources: [{
      outlet: 'Reuters (via TechSpot)',
      title: 'Rare disclosure: DeepSeek claims R1 model training cost just $294,000',
      url: 'https://www.techspot.com/news/109542-rare-disclosure-deepseek-claims-r1-model-training-cost.html',
      date: '2025-09',
    }],
    note: 'The amount is r1-rl-cost (data/facts/cost.ts).',
  },
]
