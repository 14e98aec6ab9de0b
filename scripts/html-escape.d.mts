export function escapeHtml(text: string): string
export function esc(value: unknown): string
