/**
 * Plain-English definitions for the words the story leans on, in our own words.
 * `<Term id="gpu-hour">GPU-hours</Term>` shows one on hover or focus; the appendix lists them all.
 * No figures here: numbers belong in the fact registry.
 */
export interface GlossaryTerm {
  id: string
  /** The term as a heading: "GPU-hour". */
  term: string
  /** One or two short sentences a newcomer can follow. */
  definition: string
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'gpu-hour',
    term: 'GPU-hour',
    definition: 'One AI chip (a GPU) kept busy for one hour. Chips times hours gives the size of a training run; times a rental price, its cost.',
  },
  {
    id: 'h800',
    term: 'H800',
    definition: 'The version of Nvidia’s H100 data-centre chip made for China in 2023. Its links to other chips were slowed to fit US rules; each chip still computes about as fast.',
  },
  {
    id: 'interconnect',
    term: 'Interconnect',
    definition: 'The wiring that lets chips trade data while they train one model together. If it is slow, chips sit idle waiting on their neighbours.',
  },
  {
    id: 'moe',
    term: 'Mixture of experts (MoE)',
    definition: 'A model built from many specialist sub-networks, of which only a few run for each word. A huge model then costs far less to train and run than its size suggests.',
  },
  {
    id: 'open-weights',
    term: 'Open weights',
    definition: 'A model whose trained parameters anyone may download and run on their own machines. The training data and much of the code can still stay private.',
  },
  {
    id: 'export-control',
    term: 'Export control',
    definition: 'A government rule that requires a licence to sell certain goods abroad. Since 2022, US rules have limited which AI chips and chip-making tools may go to China.',
  },
  {
    id: 'market-cap',
    term: 'Market cap',
    definition: 'What the stock market says a whole company is worth: share price times the number of shares. A fall is lost paper value, not cash leaving the company.',
  },
]

const byId = new Map(glossary.map(t => [t.id, t]))

/** The glossary entry with this id, or undefined. */
export function findTerm(id: string): GlossaryTerm | undefined {
  return byId.get(id)
}
