/**
 * The first frame's page surgery (scripts/first-frame/inject.mjs), on a page shaped like Slidev's
 * built index.html. That the frame matches the app's slide 1 is checked in the browser
 * (tests/browser/first-frame.test.ts).
 */
import type { CapturedCover } from '../../scripts/first-frame/inject.mjs'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HIDDEN_CLASS, withFirstFrame } from '../../scripts/first-frame/inject.mjs'

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<link rel="stylesheet" crossorigin href="/deck/assets/style-x.css">
</head>
<body>
  <div id="app"></div>
  <div id="mermaid-rendering-container"></div>
</body>
</html>`

const COVER: CapturedCover = {
  html: '<div id="first-frame-slide-content" class="slidev-slide-content"><!-- Slides --><div class="slidev-layout cover"><h1>Title</h1><!--v-if--></div></div>',
  width: 980,
  height: 552,
  paletteCss: ':root { --c-ink: #111; }\n',
  fonts: ['/deck/assets/plex-400.woff2', '/deck/assets/plex-700.woff2'],
}

describe('withFirstFrame', () => {
  const page = withFirstFrame(PAGE, COVER)

  it('puts the cover right after #app, without Vue’s comments', () => {
    expect(page).toContain('<div id="app"></div>\n<div id="first-frame"><div id="first-frame-slide-content" class="slidev-slide-content"><div class="slidev-layout cover"><h1>Title</h1></div></div></div>')
    expect(page).not.toContain('<!--')
  })

  it('preloads the cover’s fonts, on screens that stay in the slide view', () => {
    for (const font of COVER.fonts)
      expect(page).toContain(`<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin media="(min-width: 640px)">`)
  })

  it('sets the colour tokens and the slide’s scale in <head>, before the body is parsed', () => {
    const head = page.slice(0, page.indexOf('</head>'))
    expect(head).toContain(COVER.paletteCss)
    expect(head).toContain('--first-frame-scale\', String(Math.min(innerWidth / 980, innerHeight / 552))')
    expect(head).toContain(`html.${HIDDEN_CLASS} #first-frame { display: none; }`)
  })

  it('keeps every line of the page, in order', () => {
    let from = 0
    for (const line of PAGE.split('\n')) {
      const at = page.indexOf(line, from)
      expect(at, line).toBeGreaterThanOrEqual(from)
      from = at + line.length
    }
  })

  it('refuses a page that is not Slidev’s, a second frame, and an empty capture, with a message', () => {
    expect(() => withFirstFrame('<html><body></body></html>', COVER)).toThrow(/no <div id="app"><\/div>/)
    expect(() => withFirstFrame(page, COVER)).toThrow(/already has a first frame/)
    expect(() => withFirstFrame(PAGE, { ...COVER, html: '<div></div>' })).toThrow(/no slide layout/)
    expect(() => withFirstFrame(PAGE, { ...COVER, height: Number.NaN })).toThrow(/no size/)
  })
})

// Chromium neither parses on nor paints a page whose head script has called location.replace
// (checked: no frame, no paint in 3 s with the article held back), so this cannot be seen there;
// other engines may paint the rest of the page until the article arrives.
it('index.html’s phone redirect hides the first frame before it leaves for the article', () => {
  const page = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8')
  const redirect = page.indexOf('location.replace(')
  expect(redirect).toBeGreaterThan(0)
  expect(page.lastIndexOf(`classList.add('${HIDDEN_CLASS}')`, redirect)).toBeGreaterThan(page.lastIndexOf('return', redirect))
})
