import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimelineChart from '../../components/charts/TimelineChart.vue'
import { exportControlsTimelineChart } from '../../lib/charts/export-controls-timeline'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(TimelineChart, { props: { step, chart: 'export-controls-timeline' } })
  const svg = wrapper.find(`svg[data-chart="${exportControlsTimelineChart.id}"]`)
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

/** Width of each band's rect, in the order of the bands in the data (the key's swatches left out). */
function bandWidths(step: number): number[] {
  return render(step).svg.findAll('.band-mark rect.band').map(r => Number(r.attributes('width')))
}

describe('TimelineChart chart="export-controls-timeline"', () => {
  it.each([
    { step: 0, shown: 6 },
    { step: 1, shown: 9 },
    { step: 2, shown: 13 },
    { step: 3, shown: 17 },
    { step: 999999, shown: 17 },
    { step: -1, shown: 6 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(exportControlsTimelineChart.spec.marksAtStep(step)).toBe(shown)
  })

  it('keeps a chip\'s band open until the rule that ends it is told', () => {
    // Band 3 is the A800 + H800 period: open to the axis end at step 0, cut at the Oct 2023 update from step 1.
    expect(bandWidths(0)[3]).toBeGreaterThan(bandWidths(1)[3])
    expect(bandWidths(1)[3]).toBe(bandWidths(3)[3])
  })

  it('says in words what each wide band means (no colour-only key)', () => {
    const labels = render(3).svg.findAll('.band-label').map(t => t.text())
    expect(labels).toContain('sold')
    expect(labels).toContain('licence needed')
    for (const h20 of exportControlsTimelineChart.layout(880).bands.filter(b => b.lane === 'h20'))
      expect(labels).toContain(h20.label)
  })

  it('puts the month and year on every event label', () => {
    const dates = render(3).svg.findAll('.event-date').map(t => t.text())
    expect(dates).toHaveLength(exportControlsTimelineChart.layout(880).events.length)
    for (const d of dates)
      expect(d).toMatch(/^[A-Z][a-z]{2} 20\d\d$/)
  })

  it('draws one mark per table row, under the definition\'s id', () => {
    const { wrapper, svg } = render(999999)
    expect(svg.findAll('.mark')).toHaveLength(exportControlsTimelineChart.rows.length)
    expect(wrapper.find('svg').attributes('data-chart')).toBe('export-controls-timeline')
  })

  it.each([0, 1, 2, 3])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/export-controls-timeline-step-${step}.svg`)
  })

  it('sits in a frame with a source line and a CSV link', () => {
    const { wrapper } = render(3)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/export-controls-timeline.csv')
  })

  it('lays its labels out cleanly and fits the slide (viewBox 880 wide, at most 330 high)', () => {
    const svg = render(999999).svg
    expect(svg.attributes('data-crossings')).toBe('0')
    const [, , width, height] = svg.attributes('viewBox')!.split(' ').map(Number)
    expect(width).toBe(880)
    expect(height).toBeLessThanOrEqual(330)
  })

  it('needs no key on the slide, and draws no unlabelled dashed line', () => {
    const svg = render(3).svg
    expect(svg.findAll('.key')).toHaveLength(0)
    expect(svg.findAll('line.guide')).toHaveLength(0)
  })

  it('puts the sell-off on Nvidia\'s own lane, in Nvidia\'s colour', () => {
    const svg = render(3).svg
    expect(svg.findAll('.lane-name').map(t => t.text())).toContain('Nvidia')
    const label = svg.findAll('.event-label').find(t => t.text().includes('in a day'))!
    const selloff = svg.find(`g.event[data-event="${label.attributes('data-event')}"]`)
    expect(selloff.find('circle.dot').attributes('fill')).toBe('var(--c-nvidia)')
  })
})
