// The chart pages' one script (charts/chart-page.js), for the page and its embed; the page reads
// completely without it. It draws the build step `?step=` asks for, makes the citation's and the
// snippet's URLs absolute, wires the Copy buttons, and, inside a frame, posts the page's height
// the way Datawrapper's charts do ({"datawrapper-height": {"<id>": px}}), so a host page's
// listener (ours, or Datawrapper's own snippet) sizes the frame. `parseStep` is prepended at build.
/* global parseStep */
(function () {
  var body = document.body
  var steps = Number(body.getAttribute('data-steps'))
  var asked = parseStep(new URLSearchParams(location.search).get('step'), steps)
  var stage = document.querySelector('[data-stage]')
  var template = document.querySelector('template[data-step="' + asked.step + '"]')
  if (stage && template && asked.step !== steps - 1) {
    stage.replaceChildren(template.content.cloneNode(true))
    stage.setAttribute('data-step', String(asked.step))
  }
  var notice = document.querySelector('[data-notice]')
  if (notice && asked.notice) {
    notice.textContent = asked.notice
    notice.hidden = false
  }

  // The build knows the base path, not the host: swap the path for this page's absolute URL.
  var here = new URL('./', location.href).href
  document.querySelectorAll('[data-url-fallback]').forEach(function (el) {
    var fallback = el.getAttribute('data-url-fallback')
    var key = 'value' in el ? 'value' : 'textContent'
    var text = /^https?:/.test(fallback) ? el[key] : el[key].split(fallback).join(here)
    if (el.hasAttribute('data-step-link') && asked.step !== steps - 1)
      text = text.replace(/embed\.html"/, 'embed.html?step=' + asked.step + '"')
    el[key] = text
  })

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'))
    var done = function (word) {
      button.textContent = word
      setTimeout(function () { button.textContent = 'Copy' }, 2000)
    }
    button.hidden = false
    button.addEventListener('click', function () {
      var text = 'value' in source ? source.value : source.textContent
      var fallback = function () {
        var range = document.createRange()
        range.selectNodeContents(source)
        getSelection().removeAllRanges()
        getSelection().addRange(range)
        done('Selected: press Ctrl+C')
      }
      if (navigator.clipboard && window.isSecureContext)
        navigator.clipboard.writeText(text).then(function () { done('Copied') }, fallback)
      else
        fallback()
    })
  })

  if (body.classList.contains('embed') && window.parent !== window) {
    var id = body.getAttribute('data-chart-id')
    var posted = -1
    var post = function () {
      var height = Math.ceil(body.getBoundingClientRect().height)
      if (height === posted)
        return
      posted = height
      var message = { 'datawrapper-height': {} }
      message['datawrapper-height'][id] = height
      window.parent.postMessage(message, '*')
    }
    new ResizeObserver(post).observe(body)
    window.addEventListener('load', post)
    post()
  }
})()
