/** ASCII slugs for ids and URLs: [a-z0-9-] only, never a path. The one slug function (doc ids and site paths). */

/** Sanitize any text into a slug segment: lowercase ASCII letters, digits and single hyphens; `fallback` when empty. */
export function safeSlug(s: string | null | undefined, fallback = 'x', maxLength = 80): string {
  const out = (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '');
  return out.length > 0 ? out : fallback;
}
