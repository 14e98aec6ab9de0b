// Writes the first frame into a built index.html: slide 1 as the app draws it (capture.mjs), as
// plain HTML, so the cover paints once the page's CSS is in, before the app's JavaScript has run.
// The app's own slide replaces it: the script after it removes it, its style and its marks on
// <html> once a slide layout is in #app.
// Only a visit that opens on slide 1 in the slide view shows it (no other slide, no query: print,
// presenter, embedded and clicks links go straight to the app). Without JavaScript it stays.

import { esc } from '../html-escape.mjs'

/** Screens the slide view opens on: index.html sends narrower ones to the article. */
const WIDE_SCREEN = '(min-width: 640px)'

/** The class on <html> that hides the frame, set before the body is parsed. */
export const HIDDEN_CLASS = 'no-first-frame'

/**
 * In <head>: the colour scheme as Slidev's client sets it (logic/dark.ts, for the headmatter's
 * `colorSchema: auto`: the stored choice, else the system's) and the slide's scale as Slidev's
 * SlideContainer computes it, so the frame and the app's first render match.
 */
function headScript(width, height) {
  return `(function () {
  var root = document.documentElement
  try {
    var scheme = localStorage.getItem('slidev-color-schema')
    var dark = scheme === 'dark' || (scheme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
    root.classList.add(dark ? 'dark' : 'light')
  }
  catch (e) {}
  if (!/^(?:#\\/?(?:1\\/?)?)?$/.test(location.hash) || location.search)
    root.classList.add('${HIDDEN_CLASS}')
  root.style.setProperty('--first-frame-scale', String(Math.min(innerWidth / ${width}, innerHeight / ${height})))
})()`
}

const REMOVER = `(function () {
  var frame = document.getElementById('first-frame')
  var app = document.getElementById('app')
  new MutationObserver(function (records, observer) {
    if (!app.querySelector('.slidev-layout'))
      return
    observer.disconnect()
    frame.remove()
    document.getElementById('first-frame-style').remove()
    document.documentElement.classList.remove('${HIDDEN_CLASS}')
    document.documentElement.style.removeProperty('--first-frame-scale')
  }).observe(app, { childList: true, subtree: true })
})()`

// Slidev's scoped style scales the slide by --slidev-slide-scale; without JavaScript it is 1.
const FRAME_CSS = `#first-frame { position: fixed; inset: 0; z-index: 10; overflow: hidden; background: var(--slidev-slide-container-background, black); --slidev-slide-scale: var(--first-frame-scale, 1); }
html.${HIDDEN_CLASS} #first-frame { display: none; }`

const APP_DIV = '<div id="app"></div>'

/**
 * @param {string} indexHtml Slidev's built index.html
 * @param {{ html: string, width: number, height: number, paletteCss: string, fonts: string[] }} cover from captureCover
 * @returns {string} the page with the frame; throws if the page is not Slidev's or already has one
 */
export function withFirstFrame(indexHtml, cover) {
  if (indexHtml.includes('id="first-frame"'))
    throw new Error('index.html already has a first frame')
  if (!indexHtml.includes(APP_DIV) || !indexHtml.includes('</head>'))
    throw new Error(`index.html has no ${APP_DIV} or no </head>: not a Slidev build`)
  if (!(cover.width > 0 && cover.height > 0) || !cover.html.includes('slidev-layout'))
    throw new Error('the captured cover has no slide layout or no size')
  // The app preloads nothing before its JavaScript asks; the frame needs the cover's fonts at once.
  // Not on a screen that index.html sends to the article (under 640 px), which has its own fonts.
  const preloads = cover.fonts.map(href => `<link rel="preload" href="${esc(href)}" as="font" type="font/woff2" crossorigin media="${WIDE_SCREEN}">`)
  const head = [
    ...preloads,
    `<style id="first-frame-style">\n${cover.paletteCss}${FRAME_CSS}\n</style>`,
    `<script>\n${headScript(cover.width, cover.height)}\n</script>`,
  ].join('\n')
  const markup = cover.html.replace(/<!--[\s\S]*?-->/g, '')
  const body = `${APP_DIV}\n<div id="first-frame">${markup}</div>\n<script>\n${REMOVER}\n</script>`
  return indexHtml.replace('</head>', `${head}\n</head>`).replace(APP_DIV, body)
}
