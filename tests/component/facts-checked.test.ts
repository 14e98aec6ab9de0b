import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
/** The cover says how current the facts are, from data/checked.ts, not typed on the slide. */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactsChecked from '../../components/FactsChecked.vue'
import { FACTS_CHECKED } from '../../data/checked'

describe('FactsChecked', () => {
  it('prints the check date from the registry, machine-readable too', () => {
    const time = mount(FactsChecked).find('time')
    expect(mount(FactsChecked).text()).toBe(`Facts checked to ${FACTS_CHECKED.label}`)
    expect(time.attributes('datetime')).toBe(FACTS_CHECKED.date)
  })

  it('is on the cover (slides.md), so the PDF carries it', () => {
    const cover = readFileSync(resolve(import.meta.dirname, '../../slides.md'), 'utf8').split(/^src:/m)[0]
    expect(cover).toContain('<FactsChecked />')
  })
})
