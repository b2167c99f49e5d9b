// A page may show a video that speaks another language (the Tajik pages show the Russian video): its
// captions are the page's sentences on the spoken captions' times, checked so they cannot drift when
// the spoken video is made again, and the page must carry captions in its own language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseVttCues } from '../../../src/lib/video/captions.ts';
import {
  cueTimingProblem,
  retimeCaptions,
  spokenLanguageProblem,
} from '../../../src/lib/video/captionLanguages.ts';
import { captionSentences } from '../../../src/lib/video/parse.ts';
import { loadFacts } from '../../../src/lib/facts/load.ts';
import { FactFormatter } from '../../../src/lib/facts/format.ts';
import { resolveFacts } from '../../../src/lib/facts/plain.ts';
import tgStrings from '../../../src/i18n/tg.json' with { type: 'json' };

const tgFigures = new FactFormatter(
  'tg',
  tgStrings,
  loadFacts(new URL('../../../content', import.meta.url).pathname),
);

const spoken = [
  { start: 0, end: 2.781, text: 'Регистрация.' },
  { start: 3.131, end: 8.803, text: 'Что делать.' },
  { start: 10.003, end: 17.956, text: 'Сами, онлайн.' },
];

describe('captions in another language than the video', () => {
  it('puts each translated sentence on the time of its spoken sentence', () => {
    const cues = retimeCaptions(
      spoken,
      [['Бақайдгирӣ.', 'Чӣ бояд кард.'], ['Худатон, онлайн.']],
      [['Регистрация.', 'Что делать.'], ['Сами, онлайн.']],
    );
    expect(cues).toEqual([
      { start: 0, end: 2.781, text: 'Бақайдгирӣ.' },
      { start: 3.131, end: 8.803, text: 'Чӣ бояд кард.' },
      { start: 10.003, end: 17.956, text: 'Худатон, онлайн.' },
    ]);
  });
  it('names the paragraph whose sentences do not match the spoken ones', () => {
    expect(() =>
      retimeCaptions(
        spoken,
        [['Бақайдгирӣ. Чӣ бояд кард.'], ['Худатон, онлайн.']],
        [['Регистрация.', 'Что делать.'], ['Сами, онлайн.']],
      ),
    ).toThrow(/paragraph 1 has 1 sentence\(s\) but the spoken one has 2/);
    expect(() => retimeCaptions(spoken, [['a.']], [['b.'], ['c.']])).toThrow(
      /1 paragraph\(s\) but the spoken transcript has 2/,
    );
    expect(() =>
      retimeCaptions(spoken.slice(0, 2), [['x.', 'y.'], ['z.']], [['a.', 'b.'], ['c.']]),
    ).toThrow(/render the spoken video again/);
  });
  it('finds translated captions that are not on the spoken cue times', () => {
    expect(
      cueTimingProblem(
        spoken.map((c) => ({ ...c, text: 'x' })),
        spoken,
      ),
    ).toBeUndefined();
    expect(cueTimingProblem(spoken.slice(0, 2), spoken)).toMatch(
      /2 cue\(s\) but the spoken captions have 3/,
    );
    const late = spoken.map((c, i) => (i === 1 ? { ...c, start: 3.5 } : c));
    expect(cueTimingProblem(late, spoken)).toMatch(
      /cue 2 runs 0:03\.500–0:08\.803 but the spoken cue 2 runs 0:03\.131–0:08\.803/,
    );
  });
  it("requires captions in the page's language and in the spoken language", () => {
    expect(spokenLanguageProblem('ru', undefined, { ru: 'a-ru.vtt' })).toBeUndefined();
    expect(spokenLanguageProblem('tg', 'tg', {})).toBeUndefined();
    expect(
      spokenLanguageProblem('tg', 'ru', { tg: 'a-ru.tg.vtt', ru: 'a-ru.vtt' }),
    ).toBeUndefined();
    expect(spokenLanguageProblem('tg', 'ru', { ru: 'a-ru.vtt' })).toMatchObject({
      field: 'captions.tg',
      message: expect.stringMatching(/captions in its own language/),
    });
    expect(spokenLanguageProblem('tg', 'ru', { tg: 'a-ru.tg.vtt' })).toMatchObject({
      field: 'captions.ru',
    });
  });
});

describe('the Tajik video pages', () => {
  const media = (f: string) =>
    parseVttCues(readFileSync(new URL(`../../../public/videos/${f}`, import.meta.url), 'utf8'));
  const transcript = (lang: string, slug: string) =>
    captionSentences(
      readFileSync(
        new URL(`../../../content/videos/${lang}/${slug}.md`, import.meta.url),
        'utf8',
      ).replace(/^---[\s\S]*?\n---/, ''),
      (t, form) => resolveFacts(t, tgFigures, form),
    );
  for (const slug of ['registration', 'unpaid-wages', 'emergency-care']) {
    it(`${slug}: the Tajik captions say the Tajik transcript on the Russian cue times`, () => {
      const tg = media(`${slug}-ru.tg.vtt`);
      expect(cueTimingProblem(tg, media(`${slug}-ru.vtt`))).toBeUndefined();
      expect(tg.map((c) => c.text)).toEqual(transcript('tg', slug).flat());
      // Translated, not Russian left in place: no cue repeats its Russian cue.
      const ru = media(`${slug}-ru.vtt`);
      expect(tg.filter((c, i) => c.text === ru[i].text)).toEqual([]);
    });
  }
});
