// A video page with a mistake must stop the build with the file, the field and what to do: a caption
// file that is missing, a video file that does not exist, an unknown video host, a page showing a video
// in another language without captions in its own, or with captions off that video's cue times. (An invalid WebVTT
// file is refused by the same check; its messages are unit-tested in tests/unit/video/captions.test.ts and media.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { brokenBuilds, edit } from '../support/brokenBuild.ts';

const { buildWith, cleanup } = brokenBuilds('videos-broken');
afterAll(cleanup);

describe('broken video pages stop the build with a clear message', () => {
  it('a caption file that does not exist', () => {
    const r = buildWith('no-caption', (d) =>
      edit(
        join(d, 'videos/uz/registration.md'),
        'uz: registration-uz.vtt',
        'uz: registration-uz-old.vtt',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/uz\/registration/);
    expect(r.output).toMatch(/captions\.uz/);
    expect(r.output).toMatch(/public\/videos\/registration-uz-old\.vtt does not exist/);
  });

  it('a Tajik page showing the Russian video without Tajik captions', () => {
    const r = buildWith('no-own-captions', (d) =>
      edit(join(d, 'videos/tg/registration.md'), /^  tg: .*\n/m, ''),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/videos\/tg\/registration\.md: captions\.tg: the video speaks "ru", so the page needs captions in its own language/,
    );
  });

  it('Tajik captions whose file is missing', () => {
    const r = buildWith('tg-captions-missing', (d) =>
      edit(
        join(d, 'videos/tg/registration.md'),
        'tg: registration-ru.tg.vtt',
        'tg: registration-ru.tj.vtt',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/tg\/registration/);
    expect(r.output).toMatch(/captions\.tg/);
    expect(r.output).toMatch(/public\/videos\/registration-ru\.tj\.vtt does not exist/);
  });

  it('Tajik captions that are not on the Russian cue times', () => {
    const r = buildWith('tg-captions-mistimed', (d) =>
      edit(
        join(d, 'videos/tg/unpaid-wages.md'),
        'tg: unpaid-wages-ru.tg.vtt',
        'tg: unpaid-wages-uz.vtt',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/tg\/unpaid-wages/);
    expect(r.output).toMatch(/captions\.tg/);
    expect(r.output).toMatch(
      /public\/videos\/unpaid-wages-uz\.vtt is not timed to the ru captions public\/videos\/unpaid-wages-ru\.vtt: (cue 1 runs|it has \d+ cue)/,
    );
  });

  it('a video file that does not exist', () => {
    const r = buildWith('no-file', (d) =>
      edit(join(d, 'videos/ru/emergency-care.md'), /^file:.*$/m, 'file: emergency-care.mp4'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/ru\/emergency-care/);
    expect(r.output).toMatch(/file/);
    expect(r.output).toMatch(/public\/videos\/emergency-care\.mp4 does not exist/);
  });

  it('an unknown video host', () => {
    const r = buildWith('bad-provider', (d) =>
      edit(join(d, 'videos/en/unpaid-wages.md'), /^file:.*$/m, 'provider: rutube\nid: abc'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/en\/unpaid-wages/);
    expect(r.output).toMatch(/provider/);
    expect(r.output).toMatch(/must be youtube or vimeo/);
  });
});
