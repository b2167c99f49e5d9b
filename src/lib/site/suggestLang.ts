/**
 * Picks the language hinted by the browser among ours ('uz-UZ' → 'uz'), or undefined. Used by the
 * language chooser's small script to highlight, never to redirect; no imports, so it bundles tiny.
 */
export function suggestLang(
  preferred: readonly string[],
  available: readonly string[],
): string | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (available.includes(base)) return base;
  }
  return undefined;
}
