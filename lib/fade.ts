/**
 * A label's or bar's opacity from its row's fade (0 → 1): it reaches full opacity in the first
 * third of the fade, so text is readable while its mark is still growing.
 */
export function quickFade(fade: number): number {
  return Math.min(1, Math.max(0, fade) * 3)
}
