// The article's scroll script (inlined by scripts/article/build.mjs; plain JS, no framework):
// scroll steps for stepped charts (pinned while their paragraphs pass, or by their own position)
// and the progress bar. Without it the article reads completely, charts final.
// Cost on a phone: nothing but observers on load; the earlier steps (read/steps.json) are fetched
// once the reader scrolls, and a chart's are parsed only when it comes near. Each frame reads all
// geometry first and writes after, so no write forces a layout before the next read.
(() => {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches
  const bar = document.querySelector('.article-progress')
  const visuals = [...document.querySelectorAll('.article-visual')]
  // A paragraph brings its step once its top passes this line (share of the viewport height).
  const LINE = 0.85
  // The pinned chart takes at most this share of the screen: a taller one is pinned drawn smaller
  // (CSS zoom), down to MIN_ZOOM (its labels stay at 12 px or more); past that it stays final.
  const MAX_PIN = 0.45
  const MIN_ZOOM = 0.85

  // Earlier steps by chart key (HTML of <template>s), once fetched; a chart takes its own when near.
  let steps = null
  let fetching = null
  const loadSteps = () => fetching ??= fetch('steps.json').then(r => r.json()).catch(() => ({})).then((all) => {
    steps = all
    schedule()
  })
  function templatesOf(visual) {
    const html = steps?.[visual.dataset.key]
    if (html) {
      visual.insertAdjacentHTML('beforeend', html)
      delete steps[visual.dataset.key]
    }
  }

  function show(visual, step) {
    if (visual.dataset.step === String(step))
      return
    templatesOf(visual)
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

  function stepOf(visual, vh) {
    let step = 0
    for (const p of visual.closest('.article-section').querySelectorAll('.article-notes > [data-step]')) {
      if (p.getBoundingClientRect().top < vh * LINE)
        step = Math.max(step, Number(p.dataset.step))
    }
    return step
  }

  // A chart too tall to pin builds as it comes into view instead, and is complete once 80% of it
  // (or of the screen) has come up: complete while most of it is still on screen.
  function stepByPosition(visual, vh) {
    const box = visual.getBoundingClientRect()
    const progress = (vh - box.top) / Math.max(1, 0.8 * Math.min(box.height, vh))
    const final = Number(visual.dataset.final)
    return progress >= 1 ? final : Math.max(0, Math.floor(progress * final))
  }

  // A chart's height as drawn final and unzoomed, measured once it is drawn (again after a
  // resize): until then (content-visibility) its height is an estimate.
  const heights = new WeakMap()
  const drawnNow = v => v.checkVisibility?.({ contentVisibilityAuto: true }) ?? true
  const near = new Set()
  function update() {
    const vh = innerHeight
    const plans = [...near].map((visual) => {
      if (!heights.has(visual) && drawnNow(visual))
        heights.set(visual, visual.offsetHeight)
      const zoom = Math.min(1, vh * MAX_PIN / Math.max(1, heights.get(visual) ?? visual.offsetHeight))
      const pin = zoom >= MIN_ZOOM
      return { visual, pin, zoom, step: pin ? stepOf(visual, vh) : stepByPosition(visual, vh) }
    })
    const doc = document.documentElement
    const read = Math.min(1, scrollY / Math.max(1, doc.scrollHeight - vh))
    for (const { visual, pin, zoom, step } of plans) {
      visual.classList.toggle('is-pinned', pin)
      visual.style.zoom = pin && zoom < 1 ? String(zoom) : ''
      show(visual, step)
    }
    if (bar)
      bar.style.transform = `scaleX(${read})`
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
        }
        else {
          near.delete(visual)
          show(visual, Number(visual.dataset.final))
        }
      }
      schedule()
    }, { rootMargin: '50% 0px' })
    visuals.forEach(v => io.observe(v.closest('.article-section')))
    // The reader's first scroll brings the earlier steps; a chart already on screen stays final until then.
    addEventListener('scroll', loadSteps, { passive: true, once: true })
    // Print shows every chart complete.
    addEventListener('beforeprint', () => visuals.forEach(v => show(v, Number(v.dataset.final))))
  }
  addEventListener('scroll', schedule, { passive: true })
  // A new width redraws text at a new wrap: measure the charts again.
  addEventListener('resize', () => {
    visuals.forEach(v => heights.delete(v))
    schedule()
  })
  schedule()
})()
