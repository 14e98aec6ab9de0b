// HTML escaping for the pages the scripts write: the handout, the article and the chart pages.

/** Text made safe inside HTML text and quoted attributes. */
export function escapeHtml(text) {
  if (typeof text !== 'string')
    throw new TypeError(`escapeHtml: expected a string, got ${typeof text}`)
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c])
}

/** Any value (a title, a number, an id) as escaped text. */
export const esc = value => escapeHtml(String(value))
