/** The bars of the usage-price chart (lib/charts/usage-price.ts): list prices per 1M tokens. */

export interface PriceInput {
  model: 'DeepSeek-R1' | 'OpenAI o1'
  tokens: 'output' | 'input'
  side: 'deepseek' | 'us'
  factId: string
}

/** In reveal order: output prices (R1, then o1), then input prices. */
export const PRICE_ROWS: readonly PriceInput[] = [
  { model: 'DeepSeek-R1', tokens: 'output', side: 'deepseek', factId: 'r1-price-output' },
  { model: 'OpenAI o1', tokens: 'output', side: 'us', factId: 'o1-price-output' },
  { model: 'DeepSeek-R1', tokens: 'input', side: 'deepseek', factId: 'r1-price-input' },
  { model: 'OpenAI o1', tokens: 'input', side: 'us', factId: 'o1-price-input' },
]

/** How many times cheaper R1 is, per kind of token (derived facts), and DeepSeek's own claim. */
export const PRICE_GAP_FACTS = { output: 'price-gap-multiple', input: 'price-gap-multiple-input' } as const
export const PRICE_CLAIM_FACT = 'price-gap-reuters-range'
