import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/site/escape.ts';

describe('escapeHtml', () => {
  it('escapes the characters that matter in text and in double-quoted attributes', () => {
    expect(escapeHtml(`a & b < c > d "e"`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
  });

  it('escapes & first, so existing entities are shown, not read', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves other text alone: Cyrillic, Uzbek oʻ, apostrophes', () => {
    const s = "Миграционная служба · Oʻzbekiston · ғӣқӯҳҷ · ңөү — 1 500 ₸ · don't";
    expect(escapeHtml(s)).toBe(s);
  });

  it('keeps a value inside its double-quoted attribute', () => {
    const v = `x" onclick="alert(1)`;
    expect(`<a title="${escapeHtml(v)}">`).toBe('<a title="x&quot; onclick=&quot;alert(1)">');
  });
});
