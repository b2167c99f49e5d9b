// Reading a video page: its steps, one narration paragraph per slide, and sentences for the captions.
import { describe, expect, it } from 'vitest';
import { parseVideoBody, splitSentences } from '../../../src/lib/video/parse.ts';

describe('making a video from its page', () => {
  const body = `> a note before the steps\n\n## Steps\n\n1. First **thing**.\n2. Second [thing](../x/).\n   More of it.\n\n## Transcript\n\nTitle paragraph.\n\nFirst sentence. Second sentence!\n\nLast one.\n`;
  it('reads the steps and one narration paragraph per slide', () => {
    expect(parseVideoBody(body)).toEqual({
      steps: ['First thing.', 'Second thing. More of it.'],
      narration: ['Title paragraph.', 'First sentence. Second sentence!', 'Last one.'],
    });
  });
  it('says what to fix when the transcript does not match the steps', () => {
    expect(() => parseVideoBody(body.replace('\n\nLast one.', ''))).toThrow(
      /2 paragraph\(s\) but there are 2 steps/,
    );
    expect(() => parseVideoBody('## Steps\n\nno list\n\n## Transcript\n\nx\n')).toThrow(
      /numbered list/,
    );
    expect(() => parseVideoBody('1. only a list')).toThrow(/two "## " headings/);
  });
  it('splits sentences', () => {
    expect(splitSentences('С 1 июля 2026 года. Её название — ИС МП.')).toEqual([
      'С 1 июля 2026 года.',
      'Её название — ИС МП.',
    ]);
  });
});
