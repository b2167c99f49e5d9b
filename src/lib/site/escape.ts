/**
 * The one HTML escaper, for text and for attribute values alike: & < > and " are escaped, so a value
 * is safe inside a double-quoted attribute, and every attribute this project writes is double-quoted.
 * The apostrophe is left as it is: English and Uzbek text is full of them, and a built page that is
 * read and written back (the search index copy, the one-file guide) keeps its attribute values byte
 * for byte. XML (the SVG slides and link-preview images) needs nothing more, so it serves there too.
 * Pure and tiny, so browser code can import it.
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITY[c]);
}
