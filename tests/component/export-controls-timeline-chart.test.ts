import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExportControlTimeline from '../../components/charts/ExportControlTimeline.vue'
import { exportControlsTimelineSpec } from '../../data/series/export-controls-timeline'
import { normaliseMarkup } from './svg-snapshot'

function render(step: number) {
  const wrapper = mount(ExportControlTimeline, { props: { step } })
  const svg = wrapper.find(`svg[data-chart="${exportControlsTimelineSpec.chartId}"]`)
  return { wrapper, svg, shown: svg.findAll('.mark[data-shown="true"]').length }
}

/** Width of a band's rect, by the id-bearing order of bands in the data. */
function bandWidths(step: number): number[] {
  return render(step).svg.findAll('rect.band').map(r => Number(r.attributes('width')))
}

describe('ExportControlTimeline', () => {
  it.each([
    { step: 0, shown: 6 },
    { step: 1, shown: 10 },
    { step: 2, shown: 15 },
    { step: 3, shown: 20 },
    { step: 999999, shown: 20 },
    { step: -1, shown: 6 },
  ])('step $step shows $shown marks, as the spec says', ({ step, shown }) => {
    expect(render(step).shown).toBe(shown)
    expect(exportControlsTimelineSpec.marksAtStep(step)).toBe(shown)
  })

  it('keeps a chip\'s band open until the rule that ends it is told', () => {
    // Band 2 is the A800: open to the axis end at step 0, cut at the Oct 2023 update from step 1.
    expect(bandWidths(0)[2]).toBeGreaterThan(bandWidths(1)[2])
    expect(bandWidths(1)[2]).toBe(bandWidths(3)[2])
  })

  it('shows a legend for the band colours', () => {
    expect(render(0).wrapper.find('.timeline-legend').text()).toContain('licence needed')
  })

  it.each([0, 1, 2, 3])('matches its SVG snapshot at step %i', async (step) => {
    await expect(normaliseMarkup(render(step).svg.html())).toMatchFileSnapshot(`__snapshots__/export-controls-timeline-step-${step}.svg`)
  })

  it('sits in a frame with a source line and a CSV link', () => {
    const { wrapper } = render(3)
    expect(wrapper.find('.chart-source').text()).toMatch(/^Sources: /)
    expect(wrapper.find('a[download]').attributes('href')).toBe('/data/export-controls-timeline.csv')
  })
})
