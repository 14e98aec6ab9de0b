// setup/a11y.ts: the DOM repairs to Slidev's own controls, on hand-made copies of their markup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyA11yPatches, labelGotoDialog, markMainContent, unnestButtons, watchA11yPatches } from '../../setup/a11y'

// Slidev's MenuButton: an IconButton <button> inside the toggle <button>.
const MENU = `<nav><div class="flex relative"><button><button class="slidev-icon-btn" title="More Options"><span class="sr-only">More Options</span></button></button></div>
<button class="slidev-icon-btn" title="Next"><span class="sr-only">Next</span></button></nav>`
const GOTO = `<div id="slidev-goto-dialog"><input id="slidev-goto-input" type="text" disabled></div>`

describe('setup/a11y', () => {
  let root: HTMLElement
  beforeEach(() => {
    root = document.createElement('div')
    document.body.append(root)
  })
  afterEach(() => root.remove())

  it('makes the inner button of a nested pair inert and names the outer one', () => {
    root.innerHTML = MENU
    expect(unnestButtons(root)).toBe(1)
    const inner = root.querySelector<HTMLButtonElement>('.slidev-icon-btn[title="More Options"]')!
    const outer = inner.parentElement as HTMLButtonElement
    expect(inner.disabled).toBe(true)
    expect(inner.hasAttribute('data-a11y-inert')).toBe(true)
    expect(outer.getAttribute('aria-label')).toBe('More Options')
    expect(root.querySelector<HTMLButtonElement>('button[title="Next"]')!.disabled).toBe(false)
  })

  it('is idempotent and keeps a label the outer button already has', () => {
    root.innerHTML = MENU
    root.querySelector('nav > div > button')!.setAttribute('aria-label', 'Settings')
    unnestButtons(root)
    expect(unnestButtons(root)).toBe(0)
    expect(root.querySelector('nav > div > button')!.getAttribute('aria-label')).toBe('Settings')
  })

  it('hides the closed go-to box and names its input; shows it when open', () => {
    root.innerHTML = GOTO
    labelGotoDialog(root)
    const dialog = root.querySelector('#slidev-goto-dialog')!
    const input = root.querySelector<HTMLInputElement>('#slidev-goto-input')!
    expect(dialog.getAttribute('aria-hidden')).toBe('true')
    expect(input.getAttribute('aria-label')).toBe('Go to slide')
    input.disabled = false
    labelGotoDialog(root)
    expect(dialog.getAttribute('aria-hidden')).toBe('false')
  })

  it('marks the play view\'s slide area as the main landmark', () => {
    root.innerHTML = '<div id="slide-container"><div id="slide-content"></div></div>'
    markMainContent(root)
    expect(root.querySelector('#slide-content')!.getAttribute('role')).toBe('main')
  })

  it('does nothing on a page without Slidev controls', () => {
    root.innerHTML = '<p>hello</p>'
    applyA11yPatches(root)
    expect(root.innerHTML).toBe('<p>hello</p>')
  })

  it('patches controls that appear later, and stops when asked', async () => {
    const stop = watchA11yPatches(root)
    root.innerHTML = MENU
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    expect(root.querySelector<HTMLButtonElement>('[title="More Options"]')!.disabled).toBe(true)
    stop()
    root.innerHTML = MENU
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    expect(root.querySelector<HTMLButtonElement>('[title="More Options"]')!.disabled).toBe(false)
  })
})
