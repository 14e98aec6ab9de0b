export interface CapturedCover {
  html: string
  width: number
  height: number
  paletteCss: string
  fonts: string[]
}
export const HIDDEN_CLASS: string
export function withFirstFrame(indexHtml: string, cover: CapturedCover): string
