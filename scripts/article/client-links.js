// The article's link helpers (inlined by scripts/article/build.mjs after client.js; plain JS):
// tap-to-pin figure tips, "Copy link", and the remembered "View as slides" choice. Each is one
// delegated click listener: nothing runs on load.
(() => {
  const KEY = 'deck-view'

  // Tap a figure to pin its sources open; tap elsewhere to close (hover and focus work by CSS).
  document.addEventListener('click', (event) => {
    const wrap = event.target.closest?.('.fact-wrap, .term-wrap')
    for (const open of document.querySelectorAll('.is-pinned.fact-wrap, .is-pinned.term-wrap')) {
      if (open !== wrap)
        open.classList.remove('is-pinned')
    }
    if (wrap && event.target.closest('a') && !wrap.classList.contains('is-pinned') && matchMedia('(hover: none)').matches) {
      event.preventDefault()
      wrap.classList.add('is-pinned')
    }
  })

  // "Copy link": the section's own address.
  document.addEventListener('click', async (event) => {
    const button = event.target.closest?.('.article-copy')
    if (!button)
      return
    const url = new URL(`#${button.dataset.target}`, location.href).href
    try {
      await navigator.clipboard.writeText(url)
      button.textContent = 'Copied'
    }
    catch {
      history.replaceState(null, '', `#${button.dataset.target}`)
      button.textContent = 'Link in address bar'
    }
    setTimeout(() => {
      button.textContent = 'Copy link'
    }, 2000)
  })

  // "View as slides" is remembered, so the phone redirect in the deck's index.html stays off.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('[data-view]')
    if (link) {
      try {
        localStorage.setItem(KEY, link.dataset.view)
      }
      catch {
        // storage off: the choice lasts this visit only
      }
    }
  })
})()
