/**
 * Makes rendered chart markup deterministic for file snapshots: numbers rounded to one
 * decimal, Vue's generated ids renumbered in order of appearance.
 */
export function normaliseMarkup(html: string): string {
  const ids = new Map<string, string>()
  return html
    .replace(/\bv-[\w-]*?\d[\w-]*/g, (id) => {
      if (!ids.has(id))
        ids.set(id, `id-${ids.size}`)
      return ids.get(id)!
    })
    .replace(/-?\d+\.\d+/g, n => String(Math.round(Number(n) * 10) / 10))
}
