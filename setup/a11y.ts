/**
 * Small DOM repairs to Slidev's own chrome that axe flags and no config option reaches.
 * Each patch is idempotent, so it can run after every DOM mutation. Used by setup/root.ts.
 */

/**
 * Slidev's MenuButton wraps an IconButton <button> in another <button> (axe: nested-interactive,
 * serious), which also makes two tab stops for one control. The inner one becomes inert
 * (disabled, clicks fall through to the outer one) and lends the outer one its name.
 */
export function unnestButtons(root: ParentNode): number {
  let patched = 0
  for (const inner of root.querySelectorAll<HTMLButtonElement>('button button:not([data-a11y-inert])')) {
    const outer = inner.parentElement?.closest('button')
    if (!outer)
      continue
    const name = inner.getAttribute('title') ?? inner.textContent?.trim() ?? ''
    if (name && !outer.hasAttribute('aria-label'))
      outer.setAttribute('aria-label', name)
    inner.disabled = true
    inner.dataset.a11yInert = ''
    patched++
  }
  return patched
}

/**
 * The "go to slide" box sits off-screen at opacity 0 while closed; hide it from assistive tech
 * while its input is disabled (closed), and give the input a name for when it opens.
 */
export function labelGotoDialog(root: ParentNode): void {
  const input = root.querySelector<HTMLInputElement>('#slidev-goto-input')
  const dialog = root.querySelector<HTMLElement>('#slidev-goto-dialog')
  if (!input || !dialog)
    return
  if (input.getAttribute('aria-label') !== 'Go to slide')
    input.setAttribute('aria-label', 'Go to slide')
  const hidden = String(input.disabled)
  if (dialog.getAttribute('aria-hidden') !== hidden)
    dialog.setAttribute('aria-hidden', hidden)
}

/** The play view's slide area is the page's main content (axe: region, landmark-one-main). */
export function markMainContent(root: ParentNode): void {
  const content = root.querySelector<HTMLElement>('#slide-content')
  if (content && content.getAttribute('role') !== 'main')
    content.setAttribute('role', 'main')
}

export function applyA11yPatches(root: ParentNode): void {
  unnestButtons(root)
  labelGotoDialog(root)
  markMainContent(root)
}

/** Applies the patches now and after every batch of DOM changes; returns a stop function. */
export function watchA11yPatches(root: HTMLElement): () => void {
  applyA11yPatches(root)
  let frame = 0
  const observer = new MutationObserver(() => {
    if (frame)
      return
    frame = requestAnimationFrame(() => {
      frame = 0
      applyA11yPatches(root)
    })
  })
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] })
  return () => {
    observer.disconnect()
    cancelAnimationFrame(frame)
  }
}
