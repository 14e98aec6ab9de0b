// The chart pages' one script (charts/chart-page.js), for the page and its embed; the page reads
// completely without it. It draws the build step `?step=` asks for, makes the citation's and the
// snippet's URLs absolute, wires the Copy buttons, and, inside a frame, posts the page's height
// the way Datawrapper's charts do ({"datawrapper-height": {"<id>": px}}), so a host page's
// listener (ours, or Datawrapper's own snippet) sizes the frame. `parseStep` is prepended at build.
/* global parseStep */
(function () {
  const body = document.body
  const steps = Number(body.getAttribute('data-steps'))
  const asked = parseStep(new URLSearchParams(location.search).get('step'), steps)
  const stage = document.querySelector('[data-stage]')
  const template = document.querySelector(`template[data-step="${asked.step}"]`)
  if (stage && template && asked.step !== steps - 1) {
    stage.replaceChildren(template.content.cloneNode(true))
    stage.setAttribute('data-step', String(asked.step))
  }
  const notice = document.querySelector('[data-notice]')
  if (notice && asked.notice) {
    notice.textContent = asked.notice
    notice.hidden = false
  }

  // The build knows the base path, not the host: swap the path for this page's absolute URL.
  const here = new URL('./', location.href).href
  document.querySelectorAll('[data-url-fallback]').forEach((el) => {
    const fallback = el.getAttribute('data-url-fallback')
    const key = 'value' in el ? 'value' : 'textContent'
    let text = /^https?:/.test(fallback) ? el[key] : el[key].split(fallback).join(here)
    if (el.hasAttribute('data-step-link') && asked.step !== steps - 1)
      text = text.replace(/embed\.html"/, `embed.html?step=${asked.step}"`)
    el[key] = text
  })

  document.querySelectorAll('[data-copy]').forEach((button) => {
    const source = document.getElementById(button.getAttribute('data-copy'))
    const done = function (word) {
      button.textContent = word
      setTimeout(() => {
        button.textContent = 'Copy'
      }, 2000)
    }
    button.hidden = false
    button.addEventListener('click', () => {
      const text = 'value' in source ? source.value : source.textContent
      const fallback = function () {
        const range = document.createRange()
        range.selectNodeContents(source)
        getSelection().removeAllRanges()
        getSelection().addRange(range)
        done('Selected: press Ctrl+C')
      }
      if (navigator.clipboard && window.isSecureContext)
        navigator.clipboard.writeText(text).then(() => { done('Copied') }, fallback)
      else
        fallback()
    })
  })

  if (body.classList.contains('embed') && window.parent !== window) {
    const id = body.getAttribute('data-chart-id')
    let posted = -1
    const post = function () {
      const height = Math.ceil(body.getBoundingClientRect().height)
      if (height === posted)
        return
      posted = height
      const message = { 'datawrapper-height': {} }
      message['datawrapper-height'][id] = height
      window.parent.postMessage(message, '*')
    }
    new ResizeObserver(post).observe(body)
    window.addEventListener('load', post)
    post()
  }
})()
