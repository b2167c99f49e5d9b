/**
 * Applies CSS that travels inside a script (Leaflet's, the clustering plugin's) as a constructed
 * stylesheet: no extra request, the list page without a map never downloads it, and it needs no inline
 * <style>, which the page's Content-Security-Policy would refuse. Rules pointing at images are
 * dropped: our markers and controls use none, and a data: image would only add bytes.
 */
export function adoptCss(...texts: string[]) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(texts.join('\n').replace(/[^{}]*\{[^{}]*url\([^)]*\)[^{}]*\}/g, ''));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
