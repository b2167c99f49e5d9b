/**
 * Makes the link-preview images (Open Graph, 1200×630) for each language: public/og/<lang>.png, from an
 * SVG with the site's name and title in that language, drawn by the system Chromium (Noto fonts cover
 * Cyrillic, Tajik ғ ӣ қ ӯ ҳ ҷ, Kyrgyz ө ү ң and Uzbek oʻ gʻ). The PNGs are committed; run this again
 * after changing the names in src/i18n/<lang>.json:  npx node scripts/og-images.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '../src/config/locales.ts';
import { wrapText } from '../src/lib/print/lineBreak.ts';
import { escapeHtml } from '../src/lib/site/escape.ts';
import { dictionaries } from '../src/i18n/index.ts';
import { writeFileAtomic } from '../src/lib/site/files.ts';
import { launchBrowser } from '../tests/support/browser.ts';

/** Splits a title into lines of at most `max` characters, at spaces (the print line breaker, by characters). */
export function wrap(text: string, max: number): string[] {
  return wrapText(text, max, (s) => s.length, { longWords: 'overflow' });
}

export function ogSvg(lang: string): string {
  const t = dictionaries[lang];
  const title = wrap(t['home.title'], 26).slice(0, 3);
  const tagline = wrap(t['site.tagline'], 48).slice(0, 2);
  const titleY = 250;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0d3b66"/>
  <rect x="0" y="560" width="1200" height="70" fill="#ffbf47"/>
  <text x="80" y="140" fill="#ffbf47" font-family="Noto Sans, sans-serif" font-size="40" font-weight="700">${escapeHtml(t['site.name'])}</text>
  ${title.map((l, i) => `<text x="80" y="${titleY + i * 78}" fill="#ffffff" font-family="Noto Sans, sans-serif" font-size="68" font-weight="700">${escapeHtml(l)}</text>`).join('\n  ')}
  ${tagline.map((l, i) => `<text x="80" y="${titleY + title.length * 78 + 30 + i * 44}" fill="#dbe7f5" font-family="Noto Sans, sans-serif" font-size="36">${escapeHtml(l)}</text>`).join('\n  ')}
  <text x="80" y="606" fill="#0d3b66" font-family="Noto Sans, sans-serif" font-size="34" font-weight="700">112 · ${escapeHtml(t['footer.privacy'])}</text>
</svg>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = fileURLToPath(new URL('../public/og/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  });
  for (const l of locales) {
    await page.setContent(
      `<!doctype html><html lang="${l.htmlLang}"><body style="margin:0">${ogSvg(l.code)}</body></html>`,
    );
    writeFileAtomic(
      `${outDir}${l.code}.png`,
      await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 } }),
    );
    console.log(`public/og/${l.code}.png`);
  }
  await browser.close();
}
