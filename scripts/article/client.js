// The article's only script (inlined by scripts/article/page.mjs; plain JS, no framework):
// scroll steps for stepped charts (pinned while their paragraphs pass, or by their own position), the progress bar, "Copy link", tap-to-pin figure tips, and
// the remembered "View as slides" choice. Without it the article reads completely, charts final.
(() => {
  const KEY = 'deck-view'
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches
  const bar = document.querySelector('.article-progress')
  const visuals = [...document.querySelectorAll('.article-visual')]
  // A paragraph brings its step once its top passes this line (share of the viewport height).
  const LINE = 0.85
  // The pinned chart takes at most this share of the screen: a taller one is pinned drawn smaller
  // (CSS zoom), down to MIN_ZOOM (its labels stay at 12 px or more); past that it stays final.
  const MAX_PIN = 0.45
  const MIN_ZOOM = 0.85

  function show(visual, step) {
    if (visual.dataset.step === String(step))
      return
    const from = visual.querySelector(`:scope > template[data-step="${step}"]`)
    if (!from)
      return // not fetched yet: the chart stays as it is
    const live = [...visual.childNodes].filter(n => n.nodeName !== 'TEMPLATE')
    const keep = document.createElement('template')
    keep.dataset.step = visual.dataset.step
    live.forEach(n => keep.content.appendChild(n))
    visual.prepend(...from.content.childNodes)
    from.remove()
    visual.appendChild(keep)
    visual.dataset.step = String(step)
  }

  function stepOf(visual) {
    const section = visual.closest('.article-section')
    let step = 0
    for (const p of section.querySelectorAll('.article-notes > [data-step]')) {
      if (p.getBoundingClientRect().top < innerHeight * LINE)
        step = Math.max(step, Number(p.dataset.step))
    }
    return step
  }

  // A chart too tall to pin builds as it comes into view instead, and is complete once 80% of it
  // (or of the screen) has come up: complete while most of it is still on screen.
  function stepByPosition(visual) {
    const box = visual.getBoundingClientRect()
    const span = 0.8 * Math.min(box.height, innerHeight)
    const progress = (innerHeight - box.top) / Math.max(1, span)
    const final = Number(visual.dataset.final)
    return progress >= 1 ? final : Math.max(0, Math.floor(progress * final))
  }

  // Earlier steps (read/steps.json) come after first paint, once; until then charts stay final.
  let steps = null
  const stepsLoaded = () => steps ??= fetch('steps.json').then(r => r.json()).catch(() => ({})).then((all) => {
    for (const visual of visuals)
      visual.insertAdjacentHTML('beforeend', all[visual.dataset.key] ?? '')
    schedule()
  })

  const near = new Set()
  function update() {
    for (const visual of near) {
      if (!visual.dataset.height)
        visual.dataset.height = String(visual.offsetHeight)
      const zoom = Math.min(1, innerHeight * MAX_PIN / Number(visual.dataset.height))
      const pin = zoom >= MIN_ZOOM
      visual.classList.toggle('is-pinned', pin)
      visual.style.zoom = pin && zoom < 1 ? String(zoom) : ''
      show(visual, pin ? stepOf(visual) : stepByPosition(visual))
    }
    const doc = document.documentElement
    if (bar)
      bar.style.transform = `scaleX(${Math.min(1, scrollY / Math.max(1, doc.scrollHeight - innerHeight))})`
  }
  let queued = false
  function schedule() {
    if (!queued) {
      queued = true
      requestAnimationFrame(() => {
        queued = false
        update()
      })
    }
  }

  if (!still && 'IntersectionObserver' in window) {
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const visual = e.target.querySelector('.article-visual')
        if (e.isIntersecting) {
          near.add(visual)
          stepsLoaded()
        }
        else {
          near.delete(visual)
          show(visual, Number(visual.dataset.final))
        }
      }
      schedule()
    }, { rootMargin: '50% 0px' })
    visuals.forEach(v => io.observe(v.closest('.article-section')))
    // Print shows every chart complete.
    addEventListener('beforeprint', () => visuals.forEach(v => show(v, Number(v.dataset.final))))
  }
  addEventListener('scroll', schedule, { passive: true })
  // A new width redraws text at a new wrap: measure the charts again.
  addEventListener('resize', () => {
    visuals.forEach(v => delete v.dataset.height)
    schedule()
  })
  schedule()

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
