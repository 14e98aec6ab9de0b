/**
 * Act 4's two claim graphics: <ChipClaims> (who says what about DeepSeek's chips) and
 * <BanDebate> (did the bans make DeepSeek efficient?). Each card names its speaker, role and
 * registry date in the actor's colour; each claim is a <Fact>, so it prints the registry's words
 * and links its source; cards appear by click and all show in print (a large click count).
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BanDebate from '../../components/BanDebate.vue'
import ChipClaims from '../../components/ChipClaims.vue'
import ClaimCard from '../../components/ClaimCard.vue'
import { dateFact, getFact, printedFact } from '../../lib/facts'
import { formatDate } from '../../lib/format'
import { normaliseMarkup } from './svg-snapshot'

type Wrapper = ReturnType<typeof mount>
type Node = ReturnType<Wrapper['find']>

/** What the slide shows: the element's text without the hover tooltips (their source numbers shift as sources are added). */
function visible(node: Node | Wrapper): string {
  const copy = node.element.cloneNode(true) as HTMLElement
  copy.querySelectorAll('.fact-tip').forEach(tip => tip.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The markup without tooltips, for snapshots. */
function markup(wrapper: Wrapper): string {
  const copy = wrapper.element.cloneNode(true) as HTMLElement
  copy.querySelectorAll('.fact-tip').forEach(tip => tip.remove())
  return normaliseMarkup(copy.outerHTML)
}

const cards = (wrapper: Wrapper) => wrapper.findAll('figure.claim')
function shownWho(wrapper: Wrapper) {
  return cards(wrapper).filter(c => c.attributes('data-shown') === 'true').map(c => c.find('.claim-who').text())
}

/** Words a reader counts as body text: the claims themselves. */
function claimWords(wrapper: Wrapper) {
  return wrapper.findAll('.claim-text').flatMap(t => visible(t).split(' ')).length
}

describe('ClaimCard', () => {
  it('shows who, role and date, the claim, and what it rests on, with the actor colour at its edge', () => {
    const wrapper = mount(ClaimCard, {
      props: { actor: 'us', who: 'A', role: 'B', date: 'Jan 23, 2025', topic: 'on C', basis: 'no evidence offered' },
      slots: { default: 'the claim' },
    })
    expect(wrapper.find('.claim-who').text()).toBe('A')
    expect(wrapper.find('.claim-role').text()).toBe('B')
    expect(wrapper.find('.claim-date').text()).toBe('Jan 23, 2025')
    expect(wrapper.find('.claim-topic').text()).toBe('on C')
    expect(visible(wrapper.find('.claim-text'))).toBe('the claim')
    expect(wrapper.find('.claim-basis').text()).toBe('no evidence offered')
    expect(wrapper.find('figure').attributes('style')).toContain('--claim-c: var(--c-us)')
  })

  it('keeps a hidden card in place, hidden by class (visibility: hidden)', () => {
    const wrapper = mount(ClaimCard, { props: { actor: 'nvidia', who: 'A', role: 'B', date: 'C', shown: false } })
    const figure = wrapper.find('figure')
    expect(figure.classes()).toContain('is-hidden')
    expect(figure.attributes('data-shown')).toBe('false')
    expect(wrapper.find('.claim-topic').exists()).toBe(false)
  })
})

describe('ChipClaims', () => {
  const render = (clicks: number) => mount(ChipClaims, { props: { clicks } })

  it.each([
    { clicks: 0, who: ['Nvidia', 'Alexandr Wang'] },
    { clicks: 1, who: ['Nvidia', 'Nvidia', 'Alexandr Wang', 'A senior State Department official'] },
    { clicks: 999, who: ['Nvidia', 'Nvidia', 'Alexandr Wang', 'A senior State Department official'] },
  ])('at click $clicks shows $who (markup column by column)', ({ clicks, who }) => {
    const wrapper = render(clicks)
    expect(cards(wrapper)).toHaveLength(4)
    expect(shownWho(wrapper)).toEqual(who)
  })

  it('heads each column with its claim and colours Nvidia’s cards as Nvidia, the H100 claims as US', () => {
    expect(render(1).findAll('.chip-claims-head').map(h => h.text())).toEqual(['DeepSeek used lawful H800s', 'DeepSeek has banned H100s'])
    expect(cards(render(1)).map(c => c.attributes('data-actor'))).toEqual(['nvidia', 'nvidia', 'us', 'us'])
  })

  it('prints each claim and its date from the registry', () => {
    const wrapper = render(1)
    const [nvidiaJan, nvidiaJun, wang, stateDept] = cards(wrapper)
    expect(visible(nvidiaJan.find('.claim-text'))).toBe(printedFact('nvidia-export-compliant'))
    expect(nvidiaJan.find('.claim-date').text()).toBe(formatDate(getFact('nvidia-export-compliant').asOf))
    // Spoken as his claim, rounded: “about 50,000”, not the registry's “>50,000” (issue 15).
    expect(visible(wang.find('.claim-text'))).toBe(`DeepSeek has about ${(getFact('wang-h100-count-claim').value as number).toLocaleString('en-US')} H100s (reported)`)
    expect(wang.find('.claim-date').text()).toBe(formatDate(dateFact('wang-h100-claim')))
    expect(wang.find('.claim-basis').text()).toBe('no evidence offered')
    expect(visible(nvidiaJun.find('.claim-text'))).toBe(printedFact('nvidia-lawfully-acquired-quote'))
    expect(visible(stateDept.find('.claim-text'))).toBe('DeepSeek got H100s after the ban')
    expect(stateDept.find('.claim-date').text()).toBe(formatDate(dateFact('state-dept-h100-claim')))
  })

  it('names who makes each claim in its source tooltip', () => {
    const tips = cards(render(1)).map(c => c.find('.fact-tip-line--claim').text())
    expect(tips).toEqual([
      'Claimed by Nvidia.',
      'Claimed by Nvidia.',
      `Claimed by ${getFact('wang-h100-count-claim').claimedBy}.`,
      `Claimed by ${getFact('state-dept-h100-claim').claimedBy}.`,
    ])
  })

  it('keeps its claims short: they and the slide’s correction stay within 40 words', () => {
    expect(claimWords(render(1))).toBeLessThanOrEqual(22)
  })

  it.each([0, 1])('matches its snapshot at click %i', async (clicks) => {
    await expect(markup(render(clicks))).toMatchFileSnapshot(`__snapshots__/chip-claims-click-${clicks}.html`)
  })
})

describe('BanDebate', () => {
  const render = (clicks: number) => mount(BanDebate, { props: { clicks } })

  it.each([
    { clicks: 0, who: ['Jeffrey Ding'] },
    { clicks: 1, who: ['Jeffrey Ding', 'Dario Amodei'] },
    { clicks: 2, who: ['Jeffrey Ding', 'Dario Amodei', 'Liang Wenfeng'] },
    { clicks: 999, who: ['Jeffrey Ding', 'Dario Amodei', 'Liang Wenfeng'] },
  ])('at click $clicks shows $who', ({ clicks, who }) => {
    expect(shownWho(render(clicks))).toEqual(who)
  })

  it('puts the yes quote in its own column and colours each speaker by actor', () => {
    const wrapper = render(2)
    expect(wrapper.findAll('.ban-debate-head').map(h => h.text())).toEqual(['Yes', 'No'])
    expect(cards(wrapper).map(c => c.attributes('data-actor'))).toEqual(['neutral', 'us', 'deepseek'])
    expect(cards(wrapper)[0].classes()).toContain('ban-debate-yes')
  })

  it('quotes the registry, each quote at most twelve words', () => {
    const quotes = cards(render(2)).map(c => visible(c.find('.claim-text')))
    expect(quotes).toEqual([
      printedFact('ding-constraints-quote'),
      printedFact('amodei-not-main-factor-quote'),
      printedFact('liang-embargo-quote'),
    ])
    for (const q of quotes)
      expect(q.split(/\s+/).length).toBeLessThanOrEqual(12)
    expect(claimWords(render(2))).toBeLessThanOrEqual(22)
  })

  it('dates each quote from the registry', () => {
    expect(cards(render(2)).map(c => c.find('.claim-date').text())).toEqual([
      formatDate(getFact('ding-constraints-quote').asOf),
      formatDate(dateFact('amodei-controls-essay')),
      formatDate(getFact('liang-embargo-quote').asOf),
    ])
  })

  it.each([0, 2])('matches its snapshot at click %i', async (clicks) => {
    await expect(markup(render(clicks))).toMatchFileSnapshot(`__snapshots__/ban-debate-click-${clicks}.html`)
  })
})
