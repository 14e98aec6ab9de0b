/**
 * The server-render entry: draws any chart, or any slide's markup, to an HTML string with the
 * same Vue components the deck uses, in their final (print) state unless a step is given.
 * Built for node by scripts/prerender/build.mjs; used by the article and the chart pages.
 */
import type { Component } from 'vue'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { provideFixedChartWidth } from '../../composables/useChartLayout'
import { loadFactView } from '../../composables/useFactView'
import { chartById, charts } from '../../lib/charts/index'
import { paletteCss } from '../../lib/palette'

const modules = import.meta.glob<Component>(['../../components/*.vue', '../../components/charts/**/*.vue'], { eager: true, import: 'default' })
/** Every component by its file name, as Slidev auto-imports them for the slides. */
export const components: Record<string, Component> = Object.fromEntries(
  Object.entries(modules).map(([path, component]) => [path.split('/').at(-1)!.replace(/\.vue$/, ''), component]),
)

export { charts, paletteCss }
// The article's note rules (scripts/article/): the same code the rest of the deck tests.
export { readerNotes, textOf, topLevelBlocks } from '../../lib/reading/notes'

const pascal = (id: string) => id.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join('')

/** The component that draws a chart: `<PascalId>Chart`, or TimelineChart for a timeline definition. */
export function chartComponent(id: string): { component: Component, props: Record<string, unknown> } {
  const chart = chartById(id)
  if ('rowOf' in chart)
    return { component: components.TimelineChart, props: { chart: id } }
  const name = `${pascal(id)}Chart`
  const component = components[name]
  if (!component)
    throw new Error(`No component ${name}.vue in components/charts/ for chart "${id}"`)
  return { component, props: {} }
}

export interface RenderOptions {
  /** The click step to draw (default: the last). Clamped by the definition. */
  step?: number
  /** The viewBox width to lay out at (default 880, the slide's). */
  width?: number
  /** Prefix of the ids Vue generates (aria links): unique per render when many share one page. */
  idPrefix?: string
}

/** A chart in its frame (title, unit, SVG, source line), as HTML. */
export async function renderChart(id: string, options: RenderOptions = {}): Promise<string> {
  await loadFactView()
  const { component, props } = chartComponent(id)
  const step = options.step ?? 999999
  const Root = defineComponent({
    setup() {
      if (options.width)
        provideFixedChartWidth(options.width)
      return () => h(component, { ...props, step })
    },
  })
  const app = createSSRApp(Root)
  if (options.idPrefix)
    app.config.idPrefix = options.idPrefix
  return renderToString(app)
}

/**
 * A slide's markup (HTML from its markdown, with the deck's component tags in it) rendered with
 * the deck's components; `$clicks` is the slide's final click unless given.
 */
export async function renderTemplate(template: string, options: RenderOptions & { clicks?: number } = {}): Promise<string> {
  await loadFactView() // <Fact> reads the registries synchronously once they are loaded
  const Root = defineComponent({
    setup() {
      if (options.width)
        provideFixedChartWidth(options.width)
    },
    template: `<div class="slide-body">${template}</div>`,
  })
  const app = createSSRApp(Root)
  for (const [name, component] of Object.entries(components))
    app.component(name, component)
  app.config.globalProperties.$clicks = options.clicks ?? 999999
  if (options.idPrefix)
    app.config.idPrefix = options.idPrefix
  // Slidev's click directives: a print render shows everything, so they do nothing here.
  for (const name of ['click', 'after', 'clicks'])
    app.directive(name, {})
  return renderToString(app)
}
