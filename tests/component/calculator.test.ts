import type { VueWrapper } from '@vue/test-utils'
import type { Scenario } from '../../lib/calculator'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import CalculatorField from '../../components/CalculatorField.vue'
import CostCalculator from '../../components/CostCalculator.vue'
import { CALCULATOR_CHANNEL, publishedScenario, resetCalculatorState, useCalculatorState } from '../../composables/useCalculatorState'
import { COMPARISON_BAR_WIDTH, FIELDS, formatUsd } from '../../lib/calculator'
import { numberFact, numberOrEnd, printedFact } from '../../lib/facts'
import { mockState, syncChannels } from '../mocks/slidev-client'

// Expected values come from the registry: DeepSeek's published V3 inputs and the presets' facts.
const V3 = { gpus: numberFact('v3-gpu-count'), hours: numberFact('v3-gpu-hours'), price: numberFact('v3-rental-price') }
/** The run in days as the Days box shows it (one decimal). */
const V3_DAYS = Number((V3.hours / V3.gpus / 24).toFixed(1))
const grouped = (n: number) => n.toLocaleString('en-US')
const PUBLISHED = formatUsd(V3.hours * V3.price)
const EXPERIMENTS = { low: numberOrEnd('v3-experiment-multiple', 'low'), high: numberOrEnd('v3-experiment-multiple', 'high') }
const FLEET = { capex: numberFact('deepseek-server-capex'), opex: numberFact('deepseek-cluster-opex') }
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What the audience must never see, whatever is typed. */
const BROKEN = /NaN|Infinity|undefined|\$-|\$−|null/

function mountCalculator() {
  return mount(CostCalculator, { attachTo: document.body })
}

function field(wrapper: VueWrapper, label: string) {
  const f = wrapper.findAll('.calc-field').find(x => x.find('.calc-name').text() === label)
  if (!f)
    throw new Error(`no field labelled ${label}`)
  return {
    box: f.find<HTMLInputElement>('input[type="text"]'),
    slider: f.find<HTMLInputElement>('input[type="range"]'),
    message: () => f.find('.calc-message').text(),
    el: f,
  }
}

async function type(wrapper: VueWrapper, label: string, text: string) {
  const { box } = field(wrapper, label)
  await box.setValue(text)
  await flushPromises()
}

const result = (wrapper: VueWrapper) => wrapper.find('.calc-result').text()

beforeEach(() => {
  mockState.isPrintMode.value = false
  resetCalculatorState()
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('CostCalculator', () => {
  it('opens on DeepSeek’s published inputs and their cost', () => {
    const w = mountCalculator()
    expect(result(w)).toBe(PUBLISHED)
    expect(field(w, 'GPUs').box.element.value).toBe(grouped(V3.gpus))
    expect(field(w, 'GPU-hours').box.element.value).toBe(grouped(V3.hours))
    expect(field(w, 'Price').box.element.value).toBe(`$${V3.price.toFixed(2)}`)
    expect(w.find('[aria-pressed="true"]').text()).toBe('V3 as published')
    expect(w.text()).not.toMatch(BROKEN)
  })

  it('labels every input and states its range beside it', () => {
    const w = mountCalculator()
    for (const input of w.findAll('input[type="text"]')) {
      const id = input.attributes('id')!
      expect(w.find(`label[for="${id}"]`).exists()).toBe(true)
      const describedBy = input.attributes('aria-describedby')!.split(' ')
      expect(w.find(`[id="${describedBy[0]}"]`).text()).toMatch(/^Range /)
    }
    for (const slider of w.findAll('input[type="range"]')) {
      expect(slider.attributes('aria-label')).toBeTruthy()
      expect(slider.attributes('aria-valuetext')).not.toMatch(BROKEN)
    }
  })

  describe.each(['GPUs', 'GPU-hours', 'Price', 'Research factor'])('the %s field', (label) => {
    it.each([
      { text: '', message: 'Enter a number' },
      { text: 'abc', message: 'Not a number' },
      { text: '-5', message: 'Can’t be negative' },
      { text: '1e309', message: 'Far too large' },
      { text: 'NaN', message: 'Not a number' },
      { text: 'Infinity', message: 'Not a number' },
    ])('refuses "$text" beside the field and keeps the last result', async ({ text, message }) => {
      const w = mountCalculator()
      await type(w, label, text)
      const f = field(w, label)
      expect(f.message()).toBe(`⚠ ${message}`)
      expect(f.box.attributes('aria-invalid')).toBe('true')
      expect(result(w)).toBe(PUBLISHED)
      expect(w.text()).not.toMatch(BROKEN)
    })
  })

  it.each([
    { label: 'GPUs', text: '300000', message: 'Capped at 200,000', check: (s: Scenario) => s.gpus === 200_000 },
    { label: 'GPUs', text: '0', message: 'Raised to 1', check: (s: Scenario) => s.gpus === 1 },
    { label: 'GPU-hours', text: '1e300', message: 'Capped at 100M', check: (s: Scenario) => s.gpuHours === 1e8 },
    { label: 'Price', text: '0.001', message: 'Raised to $0.10', check: (s: Scenario) => s.price === 0.1 },
    { label: 'Research factor', text: '1000', message: 'Capped at 10×', check: (s: Scenario) => s.multiplier === 10 },
  ])('clamps $label "$text" to its range and says so', async ({ label, text, message, check }) => {
    const w = mountCalculator()
    await type(w, label, text)
    expect(field(w, label).message()).toBe(message)
    expect(field(w, label).box.attributes('aria-invalid')).toBe('false')
    expect(check(useCalculatorState().scenario.value)).toBe(true)
    expect(w.text()).not.toMatch(BROKEN)
  })

  it('a bad value after a good one keeps the good one', async () => {
    const w = mountCalculator()
    await type(w, 'Price', '3')
    expect(result(w)).toBe(formatUsd(V3.hours * 3))
    await type(w, 'Price', 'abc')
    expect(result(w)).toBe(formatUsd(V3.hours * 3))
    await type(w, 'Price', '4')
    expect(result(w)).toBe(formatUsd(V3.hours * 4))
    expect(field(w, 'Price').message()).toBe('')
  })

  it('accepts typed shorthand: "30.84M", "2,048", "$2", "4×"', async () => {
    const w = mountCalculator()
    await type(w, 'GPU-hours', '30.84M')
    await type(w, 'Research factor', '4×')
    expect(result(w)).toBe(formatUsd(30.84e6 * V3.price * 4))
  })

  it('the slider sets the value and the box', async () => {
    const w = mountCalculator()
    const { slider } = field(w, 'Research factor')
    await slider.setValue('3')
    await flushPromises()
    expect(field(w, 'Research factor').box.element.value).toBe('3×')
    expect(result(w)).toBe(formatUsd(V3.hours * V3.price * 3))
  })

  it.each([
    { preset: `V3 + experiments ${EXPERIMENTS.low}×`, cost: formatUsd(V3.hours * V3.price * EXPERIMENTS.low) },
    { preset: `V3 + experiments ${EXPERIMENTS.high}×`, cost: formatUsd(V3.hours * V3.price * EXPERIMENTS.high) },
    { preset: 'Llama 3.1 405B', cost: formatUsd(numberFact('llama31-405b-gpu-hours') * V3.price) },
    { preset: 'V3 as published', cost: PUBLISHED },
  ])('the "$preset" preset costs $cost', async ({ preset, cost }) => {
    const w = mountCalculator()
    await type(w, 'Price', '7')
    const button = w.findAll('.calc-preset').find(b => b.text() === preset)!
    await button.trigger('click')
    await flushPromises()
    expect(result(w)).toBe(cost)
    expect(button.attributes('aria-pressed')).toBe('true')
  })

  it('a published-estimate preset shows its sourced parts and total until a field is edited', async () => {
    const w = mountCalculator()
    await w.findAll('.calc-preset').find(b => b.text() === 'GPU fleet, SemiAnalysis')!.trigger('click')
    await flushPromises()
    expect(result(w)).toBe(formatUsd(FLEET.capex + FLEET.opex))
    const [capex, opex] = [printedFact('deepseek-server-capex'), printedFact('deepseek-cluster-opex')]
    expect(w.find('.calc-parts').text()).toMatch(new RegExp(`${escape(capex)}.*server capex.*\\+.*${escape(opex)}.*operating cost`, 's'))
    expect(w.findAll('.calc-parts .fact').map(f => f.text())).toEqual([capex, opex])
    expect(w.find('.calc-preset-source').text()).toMatch(/^Figures: SemiAnalysis \[\d+\]; a published estimate/)
    await type(w, 'Price', '3')
    expect(result(w)).toBe(formatUsd(V3.hours * 3))
  })

  it('a preset replaces a box that shows an error', async () => {
    const w = mountCalculator()
    await type(w, 'Price', 'abc')
    await w.findAll('.calc-preset')[0].trigger('click')
    await flushPromises()
    expect(field(w, 'Price').box.element.value).toBe(`$${V3.price.toFixed(2)}`)
    expect(field(w, 'Price').message()).toBe('')
  })

  it('switches between GPU-hours and days × GPUs, carrying the run over', async () => {
    const w = mountCalculator()
    await w.find('input[type="radio"][value="days"]').setValue(true)
    await flushPromises()
    expect(field(w, 'Days').box.element.value).toBe(String(V3_DAYS))
    expect(result(w)).toBe(formatUsd(V3.gpus * V3_DAYS * 24 * V3.price))
    await type(w, 'GPUs', '4096')
    expect(result(w)).toBe(formatUsd(4096 * V3_DAYS * 24 * V3.price))
    await type(w, 'Days', '-5')
    expect(field(w, 'Days').message()).toBe('⚠ Can’t be negative')
    expect(result(w)).toBe(formatUsd(4096 * V3_DAYS * 24 * V3.price))
  })

  it('draws the comparison bars from zero against registry figures', () => {
    const w = mountCalculator()
    const widths = w.findAll('.cmp-bar').map(b => Number.parseFloat((b.element as HTMLElement).style.width))
    expect(widths).toHaveLength(5)
    // The scenario equals V3's published cost; the largest reference fills the track.
    expect(widths[0]).toBeCloseTo(widths[1], 3)
    expect(Math.max(...widths)).toBe(COMPARISON_BAR_WIDTH)
    expect(widths.every(x => x >= 0)).toBe(true)
    expect(w.findAll('.cmp .fact')).toHaveLength(4)
  })

  it('shows what another window set, and tells the other window what it sets', async () => {
    const w = mountCalculator()
    const channel = syncChannels.get(CALCULATOR_CHANNEL)!
    channel.onUpdate({ price: 3 })
    await flushPromises()
    expect(result(w)).toBe(formatUsd(V3.hours * 3))
    expect(field(w, 'Price').box.element.value).toBe('$3.00')
    await type(w, 'Research factor', '2')
    expect((channel.state as Scenario).multiplier).toBe(2)
  })

  it('repairs nonsense arriving from another window instead of showing it', async () => {
    const w = mountCalculator()
    syncChannels.get(CALCULATOR_CHANNEL)!.onUpdate({ gpuHours: Number.NaN, price: 'x', mode: 'weeks' })
    await flushPromises()
    expect(result(w)).toBe(PUBLISHED)
    expect(w.text()).not.toMatch(BROKEN)
  })

  it('in print shows the published preset, read-only, whatever was set live', async () => {
    const live = useCalculatorState()
    live.setField('price', 9)
    mockState.isPrintMode.value = true
    const w = mountCalculator()
    expect(result(w)).toBe(PUBLISHED)
    for (const box of w.findAll('input[type="text"]'))
      expect(box.attributes('readonly')).toBeDefined()
    for (const slider of w.findAll('input[type="range"]'))
      expect(slider.attributes('disabled')).toBeDefined()
    for (const button of w.findAll('.calc-preset'))
      expect(button.attributes('disabled')).toBeDefined()
    useCalculatorState().setField('gpus', 5)
    await flushPromises()
    expect(result(w)).toBe(PUBLISHED)
    expect(w.text()).toContain('Printed with DeepSeek’s published inputs')
  })

  it('the published scenario reproduces the registry’s final-run cost', () => {
    expect(publishedScenario).toMatchObject({ gpus: V3.gpus, gpuHours: V3.hours, price: V3.price, multiplier: 1 })
  })
})

describe('CalculatorField', () => {
  it('gives each instance its own ids', () => {
    const Two = defineComponent(() => () => [h(CalculatorField, { spec: FIELDS.gpus, value: 10 }), h(CalculatorField, { spec: FIELDS.gpus, value: 10 })])
    const ids = mount(Two).findAll('[id]').map(x => x.attributes('id'))
    expect(ids).toHaveLength(6)
    expect(new Set(ids).size).toBe(6)
  })

  it('emits only valid, clamped values', async () => {
    const w = mount(CalculatorField, { props: { spec: FIELDS.multiplier, value: 1 } })
    const box = w.find('input[type="text"]')
    for (const text of ['', 'abc', '-5', '1e309', '2.5', '99'])
      await box.setValue(text)
    expect(w.emitted('update')).toEqual([[2.5], [10]])
  })

  it('reformats the box on commit and keeps a clamp note', async () => {
    const w = mount(CalculatorField, { props: { spec: FIELDS.gpus, value: 2048 } })
    const box = w.find<HTMLInputElement>('input[type="text"]')
    // setValue fires input, then change (what Enter or leaving the box does).
    await box.setValue('300000')
    await w.setProps({ value: 200_000 })
    expect(box.element.value).toBe('200,000')
    expect(w.find('.calc-message').text()).toBe('Capped at 200,000')
  })
})
