/**
 * Editor's tool: `npm run videos` (optionally `-- registration` or `-- --lang uz`) renders our own
 * instruction videos from their pages in content/videos/<lang>/<slug>.md: one slide per step (SVG →
 * PNG), narration by espeak-ng, H.264 + AAC MP4 by ffmpeg, a small JPEG poster and WebVTT captions timed
 * to the narration. It writes public/videos/<file>, <poster>, <caption> and the page's "duration:". A page
 * that shows a video in another language ("spoken: ru") gets only its captions, on that video's cue times.
 * The site's build never runs this (it needs ffmpeg and espeak-ng): the rendered files are committed.
 * The logic lives in src/lib/video/ (parse, slides, pronunciation, wav, timeline); this file runs the
 * programs and moves files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFrontMatter, splitFrontMatter } from '../src/lib/content/frontMatter.ts';
import { listFiles } from '../src/lib/content/tree.ts';
import { writeFileAtomic } from '../src/lib/site/files.ts';
import { dictionaries } from '../src/i18n/index.ts';
import { ENGLISH_SIZES, formatSize } from '../src/lib/site/format.ts';
import { interpolate } from '../src/lib/site/i18n.ts';
import { checkWebVtt, parseVttCues } from '../src/lib/video/captions.ts';
import { retimeCaptions } from '../src/lib/video/captionLanguages.ts';
import { formatDuration } from '../src/lib/video/media.ts';
import { captionSentences, narrationSentences, parseVideoBody } from '../src/lib/video/parse.ts';
import { slideSvg } from '../src/lib/video/slides.ts';
import { spokenText } from '../src/lib/video/pronunciation.ts';
import { encodeWav, joinWavs, parseWav, wavSeconds, type Wav } from '../src/lib/video/wav.ts';
import {
  buildTimeline,
  buildVtt,
  concatList,
  type TimedSentence,
} from '../src/lib/video/timeline.ts';
import { loadFacts } from '../src/lib/facts/load.ts';
import { FactFormatter } from '../src/lib/facts/format.ts';
import { resolveFacts } from '../src/lib/facts/plain.ts';
import { checkReferences } from '../src/lib/facts/references.ts';

const root = new URL('../', import.meta.url).pathname;
const contentRoot = join(root, process.env.CONTENT_DIR ?? 'content');
const mediaDir = join(root, 'public', 'videos');
/** Figures ({{fact:…}}) are said and shown as the site shows them (content/facts/). */
const facts = loadFacts(contentRoot);

/**
 * espeak-ng voices per site language. Tajik has no espeak-ng voice: the Tajik pages say "spoken: ru" and
 * get the Russian video with Tajik captions timed to its Russian cues (run Tajik after Russian).
 */
const VOICES: Record<string, { voice: string; speed: number }> = {
  ru: { voice: 'ru', speed: 150 },
  uz: { voice: 'uz', speed: 140 },
  ky: { voice: 'ky', speed: 140 },
  en: { voice: 'en-gb', speed: 150 },
};

const args = process.argv.slice(2);
const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const slugs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');

function run(cmd: string, argv: string[]) {
  try {
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string };
    if (err.code === 'ENOENT')
      throw new Error(
        `${cmd} is not installed: apt-get install ${cmd === 'espeak-ng' ? 'espeak-ng' : 'ffmpeg'}`,
      );
    throw new Error(
      `${cmd} failed:\n${String(err.stderr ?? '')
        .split('\n')
        .slice(-8)
        .join('\n')}`,
    );
  }
}

const ui = (lang: string): Record<string, string> => dictionaries[lang];

/** Writes to a temporary name next to the target, then renames: no half-written file in public/. */
function publish(from: string, name: string) {
  writeFileAtomic(join(mediaDir, name), readFileSync(from));
}

interface VideoFrontMatter {
  title?: string;
  file?: string;
  poster?: string;
  spoken?: string;
  duration?: string;
  captions?: Record<string, string>;
}

/**
 * A page that shows a video in another language ("spoken: ru"): no video is made, only its captions,
 * this page's transcript sentences on the spoken captions' cue times, and the spoken page's duration.
 */
function makeTranslatedCaptions(
  file: string,
  text: string,
  fm: VideoFrontMatter,
  lang: string,
  slug: string,
) {
  const rel = `content/videos/${lang}/${slug}.md`;
  const spoken = fm.spoken!;
  const spokenFile = join(contentRoot, 'videos', spoken, `${slug}.md`);
  const ref = fm.captions?.[spoken];
  const target = fm.captions?.[lang];
  if (!ref || !target)
    throw new Error(`${rel}: needs captions.${lang} and captions.${spoken} in the front matter`);
  if (!existsSync(spokenFile))
    throw new Error(
      `${rel}: says "spoken: ${spoken}" but content/videos/${spoken}/${slug}.md does not exist`,
    );
  const spokenText = readFileSync(spokenFile, 'utf8');
  const body = (t: string) => splitFrontMatter(t).body;
  let vtt: string;
  try {
    const shown = (t: string, language: string) => {
      const fmt = new FactFormatter(language, ui(language), facts);
      return captionSentences(body(t), (x, form) => resolveFacts(x, fmt, form));
    };
    const mine = shown(text, lang);
    const theirs = shown(spokenText, spoken);
    vtt = buildVtt(
      retimeCaptions(parseVttCues(readFileSync(join(mediaDir, ref), 'utf8')), mine, theirs),
    );
  } catch (e) {
    throw new Error(`${rel}: ${(e as Error).message}`);
  }
  const problems = checkWebVtt(vtt);
  if (problems.length) throw new Error(`${rel}: made invalid captions (${problems.join('; ')})`);
  const work = mkdtempSync(join(tmpdir(), `videos-${slug}-${lang}-`));
  try {
    writeFileSync(join(work, 'captions.vtt'), vtt);
    publish(join(work, 'captions.vtt'), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const duration = (readFrontMatter(spokenText, spokenFile) as VideoFrontMatter).duration;
  if (duration && /^duration:.*$/m.test(text))
    writeFileAtomic(file, text.replace(/^duration:.*$/m, `duration: "${duration}"`));
  console.log(
    `${rel}: ${target}, ${lang} captions on the cue times of ${ref} (the video speaks ${spoken})`,
  );
}

function makeOne(file: string, lang: string, slug: string) {
  const text = readFileSync(file, 'utf8');
  const rel = `content/videos/${lang}/${slug}.md`;
  const fm = readFrontMatter(text, rel) as VideoFrontMatter;
  if (!fm.file) {
    console.log(`${rel}: hosted video (no "file:"), nothing to render`);
    return;
  }
  if (fm.spoken && fm.spoken !== lang) {
    makeTranslatedCaptions(file, text, fm, lang, slug);
    return;
  }
  const voice = VOICES[lang];
  if (!voice) {
    console.log(`${rel}: skipped, espeak-ng has no voice for "${lang}"`);
    return;
  }
  const caption = fm.captions?.[lang];
  if (!fm.title || !fm.poster || !caption)
    throw new Error(`${rel}: needs title, poster and captions.${lang} in the front matter`);
  const refProblems = checkReferences(rel, text, facts);
  if (refProblems.length) throw new Error(refProblems.join('\n'));
  let script;
  try {
    script = parseVideoBody(splitFrontMatter(text).body);
  } catch (e) {
    throw new Error(`${rel}: ${(e as Error).message}`);
  }

  const work = mkdtempSync(join(tmpdir(), `videos-${slug}-${lang}-`));
  try {
    const strings = ui(lang);
    const fmt = new FactFormatter(lang, strings, facts);
    const figures = (t: string, form: 'text' | 'speakable') => resolveFacts(t, fmt, form);
    script = { ...script, steps: script.steps.map((s) => figures(s, 'text')) };
    const total = script.steps.length;
    // Slides: the title, then one per step.
    const slides = [
      slideSvg({ title: fm.title, footer: strings['site.name'], lang }),
      ...script.steps.map((s, i) =>
        slideSvg({
          title: fm.title!,
          text: s,
          label: interpolate(strings['video.step'], { n: i + 1, total }),
          lang,
        }),
      ),
    ];
    const pngs = slides.map((svg, i) => {
      const svgFile = join(work, `slide-${i}.svg`);
      const png = join(work, `slide-${i}.png`);
      writeFileSync(svgFile, svg);
      run('ffmpeg', ['-y', '-loglevel', 'error', '-i', svgFile, '-frames:v', '1', png]);
      return png;
    });
    // Narration: one WAV per sentence, so each caption cue is exactly as long as what is said.
    const sentences: TimedSentence[] = [];
    const wavs: Wav[] = [];
    script.narration.forEach((paragraph, slide) => {
      for (const sentence of narrationSentences(paragraph, figures)) {
        const wavFile = join(work, `say-${wavs.length}.wav`);
        run('espeak-ng', [
          '-v',
          voice.voice,
          '-s',
          String(voice.speed),
          '-w',
          wavFile,
          spokenText(sentence.spoken, lang),
        ]);
        const wav = parseWav(readFileSync(wavFile));
        wavs.push(wav);
        sentences.push({ slide, text: sentence.text, seconds: wavSeconds(wav) });
      }
    });
    const { timeline, gaps } = buildTimeline(sentences, slides.length);
    const narration = join(work, 'narration.wav');
    writeFileSync(narration, encodeWav(joinWavs(wavs, gaps)));
    const list = join(work, 'slides.txt');
    writeFileSync(
      list,
      concatList(
        pngs,
        timeline.slides.map((s) => s.end - s.start),
      ),
    );
    const mp4 = join(work, 'out.mp4');
    run('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-i',
      narration,
      '-map',
      '0:v',
      '-map',
      '1:a',
      '-vf',
      'fps=5,format=yuv420p',
      // Still slides: a key frame at each slide so seeking lands on a whole slide.
      '-c:v',
      'libx264',
      '-preset',
      'veryslow',
      '-tune',
      'stillimage',
      '-crf',
      '32',
      '-g',
      '150',
      '-force_key_frames',
      timeline.slides.map((s) => s.start.toFixed(3)).join(','),
      '-c:a',
      'aac',
      '-b:a',
      '20k',
      '-ac',
      '1',
      '-ar',
      '16000',
      '-movflags',
      '+faststart',
      '-t',
      timeline.total.toFixed(3),
      mp4,
    ]);
    // Poster: the title slide, small enough to cost almost nothing on the page.
    const poster = join(work, 'poster.jpg');
    for (const q of [5, 8, 12, 18]) {
      run('ffmpeg', [
        '-y',
        '-loglevel',
        'error',
        '-i',
        pngs[0],
        '-vf',
        'scale=480:-2',
        '-q:v',
        String(q),
        poster,
      ]);
      if (statSync(poster).size < 20_000) break;
    }
    const vtt = buildVtt(timeline.cues);
    const problems = checkWebVtt(vtt);
    if (problems.length) throw new Error(`${rel}: made invalid captions (${problems.join('; ')})`);
    const vttFile = join(work, 'captions.vtt');
    writeFileSync(vttFile, vtt);

    publish(mp4, fm.file);
    publish(poster, fm.poster);
    publish(vttFile, caption);
    const duration = formatDuration(timeline.total);
    if (/^duration:.*$/m.test(text))
      writeFileAtomic(file, text.replace(/^duration:.*$/m, `duration: "${duration}"`));
    const size = statSync(join(mediaDir, fm.file)).size;
    console.log(
      `${rel}: ${fm.file} ${duration}, ${formatSize(size, 'en', ENGLISH_SIZES)} (${formatSize(size / (timeline.total / 60), 'en', ENGLISH_SIZES)}/min), ${timeline.cues.length} cues, poster ${formatSize(statSync(join(mediaDir, fm.poster)).size, 'en', ENGLISH_SIZES)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(mediaDir)) throw new Error('public/videos/ is missing');
// Pages that borrow another language's video come last, so their captions follow a video just re-rendered.
const borrows = (f: string) =>
  Boolean((readFrontMatter(readFileSync(f, 'utf8'), f) as VideoFrontMatter).spoken);
const files = listFiles(join(contentRoot, 'videos'), ['.md']).sort(
  (a, b) => Number(borrows(a)) - Number(borrows(b)),
);
let made = 0;
for (const file of files) {
  const [lang, name] = file.slice(join(contentRoot, 'videos').length + 1).split('/');
  const slug = name.replace(/\.md$/, '');
  if (langArg && lang !== langArg) continue;
  if (slugs.length && !slugs.includes(slug)) continue;
  makeOne(file, lang, slug);
  made++;
}
if (!made) console.log('No video pages matched.');
