/**
 * The reading view (#/read, #/read/<n>): the whole talk as one scrolling article, added through
 * Slidev's routes hook rather than a fork of its client. Its parameter is not called `no`, so
 * Slidev's nav and presenter sync never mistake the article for slide n.
 *
 * Phones land in it: the first navigation to a slide path (`#/`, `#/1`, `#/12`) on a screen under
 * 640 CSS px is sent to the same slide in the reading view, unless the reader chose "View as
 * slides" before (lib/reading/view.ts).
 * Print, export and embedded views are never redirected; the presenter, overview and notes
 * routes are untouched.
 */
import type { NavigationGuard, RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { landingRedirect, parseViewChoice, VIEW_CHOICE_KEY } from '../lib/reading/view'

function storedChoice() {
  try {
    return parseViewChoice(localStorage.getItem(VIEW_CHOICE_KEY))
  }
  catch {
    // Storage can be off (privacy modes): no remembered choice.
    return null
  }
}

/** Only the page's first navigation (a fresh load, a reload or a shared link) is redirected. */
const toReading: NavigationGuard = (to: RouteLocationNormalized, from: RouteLocationNormalized) => {
  if (from.matched.length > 0)
    return true
  const search = new URLSearchParams(location.search)
  const locked = ['print', 'embedded'].some(k => search.has(k) || k in to.query)
  const target = landingRedirect(to.path, { width: window.innerWidth, choice: storedChoice(), locked })
  return target ? { path: target, replace: true } : true
}

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  // Slidev's '' → '/1' redirect needs nothing: '/1' is still the first navigation, so the guard sees it.
  const patched = routes.map((route): RouteRecordRaw => {
    if (route.name === 'play')
      return { ...route, beforeEnter: [toReading, ...[route.beforeEnter ?? []].flat()] } as RouteRecordRaw
    return route
  })
  return [
    {
      name: 'read',
      path: '/read/:slide(\\d+)?',
      component: () => import('../components/reading/ReadingView.vue'),
    },
    ...patched,
  ]
})
