/**
 * The reading view's side of Slidev (#/read, components/reading/): the slides as one article.
 * Every @slidev/client import the reading view needs lives here, so components stay free of it.
 *
 * Each slide is rendered with Slidev's own SlideWrapper and a fixed clicks context whose click
 * count the reading view drives from scroll; the render mode the charts read (composables/
 * deck.ts) comes from `provideReadingSlide`.
 */
import type { ClicksContext, SlideRoute } from '@slidev/types'
import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue'
import type { NoteParagraph } from '../lib/reading/notes'
import type { ViewChoice } from '../lib/reading/view'
import { configs, useNav } from '@slidev/client'
import { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
import { CLICKS_MAX } from '@slidev/client/constants.ts'
import SlideWrapper from '@slidev/client/internals/SlideWrapper.vue'
import { useLocalStorage } from '@vueuse/core'
import { computed } from 'vue'
import { printedFact } from '../lib/facts'
import { readerNotes } from '../lib/reading/notes'
import { plainTitle } from '../lib/reading/outline'
import { parseViewChoice, readPath, VIEW_CHOICE_KEY } from '../lib/reading/view'
import { provideReadingSlide } from './deck'

export { CLICKS_MAX, provideReadingSlide, readPath, SlideWrapper }

export interface ReadingSlide {
  /** 1-based, as in `#/<no>` and `#/read/<no>`. */
  no: number
  route: SlideRoute
  /** Plain-text title, for the contents and link labels. */
  title: string
  /** The notes as the reader's paragraphs, each with the step it explains. */
  paragraphs: NoteParagraph[]
  /** The last step a paragraph explains (0 when the notes have no click markers). */
  lastStep: number
}

function titleOf(route: SlideRoute): string {
  const raw = route.meta.slide.title ?? ''
  try {
    return plainTitle(raw, printedFact) || `Slide ${route.no}`
  }
  catch {
    // An unknown fact id in a title: the slide itself shows the loud error; the outline stays readable.
    return plainTitle(raw, () => '…') || `Slide ${route.no}`
  }
}

/** The deck's slides (hidden ones left out, as in the slide view) as the reading view shows them. */
export function useReadingSlides(): ComputedRef<ReadingSlide[]> {
  const { slides } = useNav()
  return computed(() => slides.value.map((route) => {
    const paragraphs = readerNotes(route.meta.slide.noteHTML)
    return {
      no: route.no,
      route,
      title: titleOf(route),
      paragraphs,
      lastStep: Math.max(0, ...paragraphs.map(p => p.step)),
    }
  }))
}

/**
 * A clicks context for one slide whose current click follows `step` (scroll position, or
 * CLICKS_MAX for final states); Slidev clamps it to the slide's own click count. Call in setup.
 */
export function useReadingClicks(route: SlideRoute, step: MaybeRefOrGetter<number>): ClicksContext {
  return createFixedClicks(route, step)
}

/** The deck's title (headmatter `title:`). */
export const deckTitle: string = configs.title

/** The reader's explicit choice of view, shared with the router guard in setup/routes.ts. */
export function useViewChoice(): Ref<ViewChoice | null> {
  const stored = useLocalStorage<string | null>(VIEW_CHOICE_KEY, null, { listenToStorageChanges: false })
  return computed({
    get: () => parseViewChoice(stored.value),
    set: (value) => { stored.value = value },
  })
}

/** For the slide view's nav controls: where "Read as article" goes, and whether to offer it. */
export function useSlideViewLink(): { readHref: ComputedRef<string>, show: ComputedRef<boolean> } {
  const { currentSlideNo, isPresenter, isPlaying, isEmbedded } = useNav()
  return {
    readHref: computed(() => `#${readPath(currentSlideNo.value)}`),
    show: computed(() => isPlaying.value && !isPresenter.value && !isEmbedded.value),
  }
}
