/** A chart's drawing area in viewBox units: overall size and the margins kept for axes and labels. */
export interface PlotBox {
  width: number
  height: number
  marginLeft: number
  marginRight: number
  marginTop: number
  marginBottom: number
}
