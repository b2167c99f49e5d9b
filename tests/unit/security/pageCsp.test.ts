import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineHashes, trimCsp, withPageCsp } from '../../../src/lib/security/pageCsp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const css = 'body{color:#1b1b1b}';
const js = 'document.documentElement.classList.add("js")';
const other = 'p{margin:0}';
const page = (csp: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"><style>${css}</style>` +
  `<script type="module" src="/_astro/a.js"></script><script>${js}</script></head><body><p>Ӯ ҳ ҷ oʻ</p></body></html>`;
const siteWide = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(js)} ${sha('other()')};style-src 'self' ${sha(css)} ${sha(other)}`;

describe("each page's CSP carries only its own inline code", () => {
  it('hashes inline scripts and styles as the browser does, and skips scripts with src', () => {
    const h = inlineHashes(page(''));
    expect([...h.script]).toEqual([sha(js)]);
    expect([...h.style]).toEqual([sha(css)]);
  });

  it('keeps every source but the hashes of code the page does not have', () => {
    const trimmed = trimCsp(siteWide, inlineHashes(page('')));
    expect(trimmed).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(js)};style-src 'self' ${sha(css)}`,
    );
  });

  it('rewrites the meta of a page and leaves a page without one unchanged', () => {
    const out = withPageCsp(page(siteWide));
    expect(out).toContain(
      `content="default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(js)};style-src 'self' ${sha(css)}"`,
    );
    expect(out).not.toContain(sha(other));
    expect(out.replace(/<meta[^>]*>/, '')).toBe(page(siteWide).replace(/<meta[^>]*>/, ''));
    expect(withPageCsp('<html><body>x</body></html>')).toBe('<html><body>x</body></html>');
  });
});

describe('a page whose policy has nothing to trim', () => {
  it('is left byte for byte as it was written', () => {
    const page = `<!doctype html>\n<html lang="ru">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<style>p{}</style></head><body><p>x</p></body></html>\n`;
    expect(withPageCsp(page)).toBe(page);
  });
});
