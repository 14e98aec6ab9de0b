/**
 * A correction of the article is calm: one muted line, "Article: … · In fact: …", its
 * figures printed through <Fact> (so they link to their sources), nothing struck through; the
 * appendix table lists every correction, in the order of the talk, with the same words.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Correction from '../../components/Correction.vue'
import CorrectionsTable from '../../components/CorrectionsTable.vue'
import { ARTICLE_FIGURES, CORRECTIONS } from '../../data/corrections'
import { ACTS } from '../../data/types'
import { fillFacts } from '../../lib/facts'

afterEach(() => {
  vi.restoreAllMocks()
})

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
/** The text on screen: the figures' hidden tooltips left out. */
function shown(el: Element): string {
  const copy = el.cloneNode(true) as Element
  copy.querySelectorAll('[role="tooltip"]').forEach(t => t.remove())
  return squash(copy.textContent ?? '')
}

describe('Correction', () => {
  it.each(CORRECTIONS.map(c => [c.id, c] as const))('%s reads “Article: … · In fact: …” with its figures linked', (_id, c) => {
    const w = mount(Correction, { props: { id: c.id } })
    expect(shown(w.element)).toBe(squash(`Article: ${c.said} · In fact: ${fillFacts(c.fact)}`))
    expect(w.findAll('.fact-wrap')).toHaveLength((c.fact.match(/\{[\w-]+\}/g) ?? []).length)
    expect(w.html()).not.toMatch(/<s>|<del>|line-through|class="was"/)
  })

  it('renders an unknown id as a loud error and logs it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const w = mount(Correction, { props: { id: 'no-such' } })
    expect(w.find('[role="alert"]').text()).toContain('no-such')
    expect(error).toHaveBeenCalled()
  })
})

describe('CorrectionsTable', () => {
  it('lists every article figure once, in the order of the talk, with its verdict and what is right', () => {
    const w = mount(CorrectionsTable)
    const rows = w.findAll('tbody tr')
    const ordered = [...ARTICLE_FIGURES].sort((a, b) => ACTS.indexOf(a.act) - ACTS.indexOf(b.act))
    expect(rows).toHaveLength(ARTICLE_FIGURES.length)
    rows.forEach((row, i) => {
      const cells = row.findAll('td').map(td => shown(td.element))
      expect(row.attributes('data-figure')).toBe(ordered[i].id)
      expect(cells[0]).toBe(squash(ordered[i].said))
      expect(cells[1]).toContain(ordered[i].verdict)
      expect(cells[2]).toBe(squash(fillFacts(ordered[i].fact)))
      expect(cells[3]).toBe(ordered[i].onSlide)
    })
  })

  it('prints a correction in the table with the words its marker prints', () => {
    const w = mount(CorrectionsTable)
    for (const c of CORRECTIONS)
      expect(shown(w.find(`[data-figure="${c.id}"] .fact`).element)).toBe(squash(fillFacts(c.fact)))
  })

  it('shows no ISO date and strikes nothing through', () => {
    const w = mount(CorrectionsTable)
    expect(w.text()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
    expect(w.html()).not.toMatch(/<s>|<del>|line-through/)
  })
})
