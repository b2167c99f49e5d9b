import { describe, expect, it } from 'vitest';
import { readFrontMatter, readFrontMatterAndBody, splitFrontMatter } from '../../../src/lib/content/frontMatter.ts';

const page = '---\ntitle: "Полиция"\nkeywords: [полиция, 102]\ntranslation:\n  from: ru\n---\n# Полиция\n\nТекст.\n';

describe('front matter', () => {
  it('reads the YAML as data', () => {
    expect(readFrontMatter(page)).toEqual({ title: 'Полиция', keywords: ['полиция', 102], translation: { from: 'ru' } });
  });

  it('gives the body after the closing fence and the line it starts on', () => {
    const { body, bodyLine } = readFrontMatterAndBody(page);
    expect(body).toBe('# Полиция\n\nТекст.\n');
    expect(bodyLine).toBe(7);
    expect(page.split('\n')[bodyLine - 1]).toBe('# Полиция');
  });

  it('reads Windows line ends and fences with trailing spaces', () => {
    const crlf = '--- \r\ntitle: x\r\n---\r\nBody\r\n';
    expect(readFrontMatter(crlf)).toEqual({ title: 'x' });
    expect(splitFrontMatter(crlf)).toEqual({ yaml: 'title: x', body: 'Body\r\n', bodyLine: 4 });
  });

  it('treats a file without front matter as all body', () => {
    expect(readFrontMatterAndBody('# Title\n\nText')).toEqual({ data: {}, body: '# Title\n\nText', bodyLine: 1 });
    expect(readFrontMatter('---\n---\nBody')).toEqual({});
    // A thematic break later in the text is not a front matter.
    expect(splitFrontMatter('Text\n---\nmore').bodyLine).toBe(1);
  });

  it('ends at the file end when the closing fence is the last line', () => {
    expect(splitFrontMatter('---\ntitle: x\n---')).toEqual({ yaml: 'title: x', body: '', bodyLine: 4 });
  });

  it('names the file and the line when the YAML is broken', () => {
    const broken = '---\ntitle: "Полиция\nkeywords: [a]\n---\nBody\n';
    expect(() => readFrontMatter(broken, 'content/guide/ru/police.md')).toThrow(
      /^content\/guide\/ru\/police\.md, front matter line 3: the YAML cannot be read \(Missing closing "quote\)/,
    );
  });
});

describe('front matter of a status report input', () => {
  it('reads front matter', () => {
    expect(readFrontMatter('---\nversion: 3\ntranslation:\n  status: original\n---\nbody')).toEqual({ version: 3, translation: { status: 'original' } });
  });
});
