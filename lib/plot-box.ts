/** A chart's drawing area in viewBox units: overall size and the margins kept for axes and labels. */
export interface PlotBox {
  width: number
  height: number
  marginLeft: number
  marginRight: number
  marginTop: number
  marginBottom: number
}

/** Throws a message naming the chart when its plot area has no room: never a NaN scale or a blank chart. */
export function assertPlotArea(name: string, width: number, height: number): void {
  if (!(width > 0 && height > 0))
    throw new TypeError(`${name}: plot area is empty (width ${width}, height ${height})`)
}
