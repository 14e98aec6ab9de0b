/**
 * H800 vs H100: the export rule cut the chip-to-chip link (NVLink), not the compute. Two
 * panels of zero-based bars, each on its own labelled axis. Steps: the H100's link, then the
 * H800's cut link, then compute per chip for both (the same).
 */
import type { ChipInput } from '../../data/series/chip-compare'
import { CHIP_ROWS } from '../../data/series/chip-compare'
import { defineChart } from '../chart'
import { wrapText } from '../chart-layout'
import { numberFact, printedFact } from '../facts'
import { barLayout } from '../log-bars'
import { estimateTextWidth } from '../text-width'
import { tickLabel } from '../ticks'

export interface ChipRow extends ChipInput {
  value: number
  /** As the registry prints it: "400 GB/s", "989 TFLOPS". */
  printed: string
}

const rows: readonly ChipRow[] = CHIP_ROWS.map(r => ({ ...r, value: numberFact(r.factId), printed: printedFact(r.factId) }))

/** Each step is the number of bars shown, in row order: two link bars, then the compute pair. */
export const chipCompareChart = defineChart<ChipRow, number, ChipCompareLayout>({
  id: 'chip-compare',
  title: 'H800 vs H100: what the export rule cut, and what it did not',
  // The compute rows rest on the H800's not-cut compute, as SemiAnalysis and Interconnects report it.
  factIds: [...CHIP_ROWS.map(r => r.factId), 'h800-compute-vs-h100'],
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'measure', label: 'Measure' },
    { key: 'value', label: 'Value' },
    { key: 'unit', label: 'Unit' },
  ],
  rows,
  steps: [1, 2, 4],
  rowShown: (row, bars) => rows.indexOf(row) < bars,
  // Hoisted: the panels' words are defined below.
  layout: width => chipCompareLayout(width),
})

const [fullLink, cutLink, fullCompute, h800Compute] = rows
const CUT = 'cut by the export rule'
const SAME = 'not cut: the same'

/** The chart's words, from the registry. */
export const chipCompareText = {
  unit: `Per chip, bars from zero: link in ${fullLink.unit}, both directions; compute in dense BF16 ${fullCompute.unit}`,
  linkHeading: 'Link between chips (NVLink)',
  computeHeading: 'Compute per chip (the arithmetic that trains a model)',
  linkUnit: fullLink.unit,
  computeUnit: fullCompute.unit,
  cut: CUT,
  same: SAME,
  /** One sentence per row, for the text alternative. */
  said: [
    `${fullLink.chip} chip-to-chip link: ${fullLink.printed}`,
    `${cutLink.chip}: ${cutLink.printed}, ${CUT}`,
    `${fullCompute.chip} compute per chip: ${fullCompute.printed}`,
    `${h800Compute.chip}: ${h800Compute.printed}, ${SAME}`,
  ],
}

/** The slide's width; the bars' band height per panel. */
const SLIDE = 880
const BARS_H = 84
const PANELS = [
  { measure: 'link', heading: chipCompareText.linkHeading, unit: chipCompareText.linkUnit, top: 30 },
  { measure: 'compute', heading: chipCompareText.computeHeading, unit: chipCompareText.computeUnit, top: 176 },
] as const

/**
 * Both panels at a viewBox width. On a slide: headings on one line, each axis's unit after its
 * last tick, values after their bars. Narrower (a phone): headings wrap, the unit goes under the
 * axis at the right, the panels stack with the room that takes, and a value that would run off
 * the edge goes inside its bar.
 */
function chipCompareLayout(width: number) {
  const narrow = width < SLIDE
  const left = narrow ? 56 : 110
  let next = 10
  const panels = PANELS.map((p) => {
    const headingLines = narrow ? wrapText(p.heading, width) : [p.heading]
    const top = narrow ? next + headingLines.length * 20 + 8 : p.top
    const members = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.measure === p.measure)
    const bars = barLayout(members.map(({ r }) => ({ key: r.chip, value: r.value })), {
      width,
      height: BARS_H,
      marginLeft: left,
      marginRight: narrow ? 40 : 150,
      top: 1000,
      paddingInner: 0.3,
    })
    const axisY = top + BARS_H + 6
    next = axisY + 52
    return {
      measure: p.measure,
      unit: p.unit,
      headingLines: headingLines.map((text, k) => ({ text, y: top - 12 - (headingLines.length - 1 - k) * 20 })),
      top,
      baseX: bars.baseX,
      axisY,
      unitAt: narrow ? { x: width, y: axisY + 34, anchor: 'end' as const } : { x: bars.x(bars.domain[1]) + 26, y: axisY + 14, anchor: 'start' as const },
      members: members.map(({ r, i }, k) => {
        const b = bars.bars[k]
        // The H800's bar carries its value inside; the H100's, after its end, unless that end is too near the edge.
        const inside = r.chip === 'H800' || b.x + b.width + 8 + estimateTextWidth(r.printed) > width
        return { row: r, index: i, x: b.x, y: top + b.y, width: b.width, height: b.height, mid: top + b.y + b.height / 2, inside }
      }),
      ticks: bars.ticks.map(t => ({ at: t.x, label: tickLabel('count', t.value), key: t.value })),
    }
  })
  const h800 = panels[1].members[1]
  // "not cut: the same" beside the H800's compute bar on a slide; inside it, from its start, on a phone.
  const same = narrow ? { x: h800.x + 10, y: h800.mid, inside: true } : { x: h800.x + h800.width + 10, y: h800.mid, inside: false }
  return { left, panels, same, height: narrow ? next - 8 : 290 }
}

export type ChipCompareLayout = ReturnType<typeof chipCompareLayout>
