// Short links: which site URL codes may be made for, and the page a short link opens.
import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '../../../src/lib/qr/shortLinks.ts';
import { shortLinkHtml } from '../../../src/lib/qr/shortLinkPage.ts';

describe('site URL', () => {
  it('QR codes need the public https address', () => {
    expect(siteUrlProblem('http://localhost:4321/', false)).toMatch(/SITE_URL is not set/);
    expect(siteUrlProblem('http://ngo.example.org/', true)).toMatch(
      /must use an https:\/\/ address/,
    );
    expect(siteUrlProblem('https://ngo.github.io/migrant-guide/', true)).toBeUndefined();
  });
});

describe('the short-link page', () => {
  it('redirects without JavaScript, names the real page, stays out of search engines', () => {
    const html = shortLinkHtml({
      htmlLang: 'uz-Latn',
      title: 'Politsiya <va> hujjatlar',
      siteName: 'S',
      text: 'Bosing:',
      targetHref: '/mg/uz/guide/police/',
      canonical: 'https://x.test/mg/uz/guide/police/',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/mg/uz/guide/police/">');
    expect(html).toContain('<link rel="canonical" href="https://x.test/mg/uz/guide/police/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<html lang="uz-Latn">');
    expect(html).toContain('<a href="/mg/uz/guide/police/">Politsiya &lt;va&gt; hujjatlar</a>');
    expect(html).not.toContain('<script');
  });
});
