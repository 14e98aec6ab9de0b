/**
 * Makes rendered chart markup deterministic for file snapshots, and independent of how the
 * components are split: numbers rounded to one decimal, Vue's scope attributes (data-v-…)
 * dropped, attributes and class names sorted, generated ids renumbered in order of appearance.
 * What is left is what the audience sees: elements, geometry, text and styling hooks.
 */
const TAG = /<([a-z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/gi
const ATTR = /([^\s=>/]+)(?:="([^"]*)")?/g

function canonicalTag(_: string, name: string, attrs: string, selfClosing: string): string {
  const kept: [string, string | undefined][] = []
  for (const [, key, value] of attrs.matchAll(ATTR)) {
    if (key.startsWith('data-v-'))
      continue
    kept.push([key, key === 'class' && value !== undefined ? value.split(/\s+/).filter(Boolean).sort().join(' ') : value])
  }
  kept.sort(([a], [b]) => a.localeCompare(b))
  const text = kept.map(([k, v]) => (v === undefined ? ` ${k}` : ` ${k}="${v}"`)).join('')
  return `<${name}${text}${selfClosing ? ' /' : ''}>`
}

export function normaliseMarkup(html: string): string {
  const ids = new Map<string, string>()
  return html
    .replace(TAG, canonicalTag)
    .replace(/\bv-[\w-]*?\d[\w-]*/g, (id) => {
      if (!ids.has(id))
        ids.set(id, `id-${ids.size}`)
      return ids.get(id)!
    })
    .replace(/-?\d+\.\d+/g, n => String(Math.round(Number(n) * 10) / 10))
    .replace(/<!--[^>]*-->/g, '')
}
