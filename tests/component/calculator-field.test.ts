/**
 * A calculator box fits the largest value its field accepts: after "999999999999" is typed into
 * GPU-hours, the box shows "100,000,000" (capped) and is wide enough for all of it, not
 * "100,000,00" with the last digit cut off. happy-dom does no layout, so the test holds the box's
 * width (in `ch`, the width of a digit) against the longest text each field can print.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CalculatorField from '../../components/CalculatorField.vue'
import { FIELDS, formatField } from '../../lib/calculator'

/** The `ch` count in the box's inline width, "calc(12ch + 0.8rem + 4px)" → 12. */
function widthInCh(style: string | undefined): number {
  const m = /width:\s*calc\((\d+(?:\.\d+)?)ch\b/.exec(style ?? '')
  if (!m)
    throw new Error(`the box's style sets no width in ch: ${style}`)
  return Number(m[1])
}

describe('CalculatorField box width', () => {
  it.each(Object.values(FIELDS))('$label: the box holds its largest value, with every digit', async (spec) => {
    const w = mount(CalculatorField, { props: { spec, value: spec.min } })
    const box = w.find<HTMLInputElement>('input[type="text"]')
    await box.setValue('999999999999')
    await box.trigger('change')
    await flushPromises()
    const shown = box.element.value
    expect(shown).toBe(formatField(spec.max, spec))
    expect(widthInCh(box.attributes('style')), `"${shown}" must fit`).toBeGreaterThan(shown.length)
    expect(Number(box.attributes('size'))).toBeGreaterThanOrEqual(shown.length)
  })

  it('gives every field the same box width, so the sliders line up', () => {
    const widths = Object.values(FIELDS).map(spec => mount(CalculatorField, { props: { spec, value: spec.min } })
      .find('input[type="text"]')
      .attributes('style'))
    expect(new Set(widths).size).toBe(1)
  })

  it('fits GPU-hours’ ceiling, the longest of all', () => {
    const longest = Math.max(...Object.values(FIELDS).map(f => formatField(f.max, f).length))
    expect(formatField(FIELDS.gpuHours.max, FIELDS.gpuHours)).toBe('100,000,000')
    expect(longest).toBe('100,000,000'.length)
  })
})
