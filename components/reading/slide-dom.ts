/**
 * DOM touch-ups the reading view applies to each rendered slide. Slides are Slidev's compiled
 * components, so the view cannot change their markup; these run after every change to a
 * slide's DOM and are idempotent (they only write what differs).
 */

function set(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value)
    el.setAttribute(name, value)
}

/**
 * A document outline, not a deck of title slides: each slide's own h1 becomes its section's
 * heading at level 2 (aria-level, so the words, figures and source links in it stay as they
 * are) and its h2/h3 go one level down. The cover keeps its h1, the page's one h1, and its h2
 * is marked as the subtitle it is.
 */
export function retagHeadings(root: ParentNode, options: { cover: boolean, headingId: string }): void {
  if (options.cover) {
    root.querySelectorAll('.slidev-layout h2').forEach(h => set(h, 'role', 'doc-subtitle'))
    return
  }
  root.querySelectorAll('.slidev-layout h1').forEach((h, i) => {
    set(h, 'aria-level', '2')
    if (i === 0) {
      set(h, 'id', options.headingId)
      // Focus target when the contents jump here.
      set(h, 'tabindex', '-1')
    }
  })
  root.querySelectorAll('.slidev-layout h2').forEach(h => set(h, 'aria-level', '3'))
  root.querySelectorAll('.slidev-layout h3').forEach(h => set(h, 'aria-level', '4'))
}

/**
 * Dense slides (the bibliography, the corrections table) set small type to fit a 980 px canvas;
 * reflowed for a phone they have room, so no HTML text stays under `floor` px. Chart text (SVG)
 * is left to the chart's compact layout.
 */
export function floorTextSize(root: ParentNode, floor = 16, seen: WeakSet<Element> = new WeakSet()): void {
  for (const el of root.querySelectorAll<HTMLElement>('.slidev-layout *')) {
    // Each element is measured once: this runs on every DOM change, charts included.
    if (seen.has(el))
      continue
    seen.add(el)
    if (el instanceof SVGElement || el.closest('svg'))
      continue
    const size = Number.parseFloat(getComputedStyle(el).fontSize)
    if (size > 0 && size < floor)
      el.style.fontSize = `${floor}px`
  }
}

/** The slide's kicker ("Act 3 · Cost and chips"), if it has one. */
export function kickerOf(root: ParentNode): string {
  return root.querySelector('.kicker')?.textContent?.trim() ?? ''
}
