/**
 * Content collections and their schemas. Editors touch `content/` only; these schemas turn a bad
 * front matter field into a build error that names the file, the field and what was expected.
 * Messages are written for NGO editors, not for programmers.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes } from './config/locales.ts';
import { contentDir } from './config/site.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { videoProviders, isVideoId, idHint } from './lib/video/embed.ts';
import { mediaFileProblem, parseDuration } from './lib/video/media.ts';
import { parseVttCues } from './lib/video/captions.ts';
import { cueTimingProblem } from './lib/video/captionLanguages.ts';
import { factSchema } from './lib/facts/schema.ts';
// Shared with the facility files (src/lib/facilities/schema.ts): one meaning of a web address, a date, a phone.
import {
  contactKinds,
  isoDate as isoDateField,
  phoneNumber,
  webUrl,
} from './lib/content/schemaParts.ts';

const langCode = z.enum(localeCodes as [string, ...string[]], {
  message: `must be one of the configured languages: ${localeCodes.join(', ')}`,
});

export const sourceSchema = z.object({
  title: z.string({ message: 'every source needs a title (the law, page or organisation)' }).min(3),
  url: webUrl,
});

export const translationSchema = z
  .object({
    status: z.enum(['original', 'reviewed', 'machine', 'draft'], {
      message:
        'must be "original" (the Russian source text), "reviewed" (checked by a person), "machine" (machine draft, not yet checked) or "draft"',
    }),
    from: langCode.optional(),
    sourceVersion: z
      .number({ message: 'must be the version number of the source text, e.g. 1' })
      .int()
      .positive()
      .optional(),
    reviewedBy: z.string().optional(),
    /** When the reviewer checked it (shown on the page with their name). */
    reviewedOn: isoDateField.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.status !== 'original' && (!t.from || !t.sourceVersion)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a translation must say which text it was made from: add "from: ru" and "sourceVersion: <the version number in the Russian file>"',
        path: t.from ? ['sourceVersion'] : ['from'],
      });
    }
    // "reviewed" is what the page tells readers ("checked by … on …"), so it must say who and when.
    // reviewedOn is declared with the reading notice (the translation notice shows it).
    const reviewedOn = (t as { reviewedOn?: unknown }).reviewedOn;
    if (t.status === 'reviewed' && (!t.reviewedBy?.trim() || !reviewedOn)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a page marked "reviewed" must say who checked it and when: under translation:, add reviewedBy: "<the reviewer\'s name or organisation>" and reviewedOn: <the date, YYYY-MM-DD, e.g. 2026-12-06>',
        path: !t.reviewedBy?.trim() ? ['reviewedBy'] : ['reviewedOn'],
      });
    }
  });

const guide = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/guide` }),
  schema: z.object({
    title: z
      .string({ message: 'every chapter needs a title' })
      .min(3)
      .max(90, 'a title must fit a phone screen: 90 characters at most'),
    description: z
      .string({
        message:
          'every chapter needs a description (one or two sentences, shown in search results and previews)',
      })
      .min(10)
      .max(200, 'keep the description under 200 characters'),
    order: z
      .number({ message: 'must be a whole number that sets the chapter order, e.g. 3' })
      .int()
      .positive(),
    lastReviewed: isoDateField,
    version: z
      .number({ message: 'must be a whole number; raise it when the meaning of the text changes' })
      .int()
      .positive()
      .optional(),
    keywords: z.array(z.string()).default([]),
    sources: z
      .array(sourceSchema, { message: 'must be a list of sources, each with title and url' })
      .min(1, 'every chapter needs at least one source'),
    translation: translationSchema,
  }),
});

const localized = z
  .partialRecord(langCode, z.string().min(1))
  .refine((r) => typeof r.ru === 'string' && typeof r.en === 'string', {
    message: 'needs at least a Russian (ru) and an English (en) text',
  });

const phone = z.object({
  number: phoneNumber(
    'must be a short number like "112" or an international number like "+77172000000" (no spaces)',
    'write the phone number in quotes',
  ),
  note: localized.optional(),
  whatsapp: z.boolean().optional(),
  telegram: z.boolean().optional(),
});

const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/contacts` }),
  schema: z.object({
    kind: z.enum(contactKinds, { message: `must be one of: ${contactKinds.join(', ')}` }),
    country: z.enum(['KZ', 'UZ', 'TJ', 'KG', 'RU']),
    serves: z.array(z.enum(['KZ', 'UZ', 'TJ', 'KG', 'RU'])).optional(),
    order: z.number().int().default(100),
    name: localized,
    description: localized.optional(),
    phones: z.array(phone).default([]),
    hours: localized.optional(),
    city: localized.optional(),
    address: localized.optional(),
    website: webUrl.optional(),
    email: z.email({ message: 'must be an e-mail address' }).optional(),
    source: sourceSchema,
    checked: isoDateField,
    unverified: z.boolean().default(false),
    note: localized.optional(),
  }),
});

/** Where our own video files, posters and captions live (served at /videos/ under the base path). */
const videoMediaDir = join(process.cwd(), 'public', 'videos');

const videos = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/videos` }),
  schema: z
    .object({
      title: z
        .string({ message: 'every video needs a title' })
        .min(3)
        .max(90, 'a title must fit a phone screen: 90 characters at most'),
      description: z
        .string({
          message:
            'every video needs a description (one or two sentences, shown in the list of videos)',
        })
        .min(10)
        .max(200, 'keep the description under 200 characters'),
      duration: z
        .string({ message: 'write the length in quotes as minutes:seconds, e.g. "1:14"' })
        .refine((d) => parseDuration(d) !== undefined, {
          message: 'must be the length as minutes:seconds, e.g. "1:14"',
        }),
      file: z.string().optional(),
      provider: z
        .enum(videoProviders, {
          message: `must be ${videoProviders.join(' or ')} (or leave it out and give "file:" for a video of ours)`,
        })
        .optional(),
      id: z.string().optional(),
      poster: z.string({
        message:
          'every video needs a small poster image in public/videos/ (e.g. poster: registration-ru.jpg)',
      }),
      /** The language the video speaks, when it is not the page's (a Tajik page showing the Russian video). */
      spoken: langCode.optional(),
      captions: z.partialRecord(langCode, z.string().min(1)).default({}),
      chapters: z
        .array(z.string(), {
          message: 'must be a list of guide chapter names, e.g. [registration]',
        })
        .default([]),
      lastReviewed: isoDateField,
      version: z
        .number({
          message: 'must be a whole number; raise it when the meaning of the text changes',
        })
        .int()
        .positive()
        .optional(),
      sources: z
        .array(sourceSchema, { message: 'must be a list of sources, each with title and url' })
        .min(1, 'every video needs at least one source'),
      translation: translationSchema,
    })
    .superRefine((v, ctx) => {
      const problem = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      if (v.file && v.provider)
        problem(
          ['provider'],
          'give either "file:" (a video of ours) or "provider:" and "id:" (a hosted video), not both',
        );
      if (!v.file && !v.provider)
        problem(
          ['file'],
          'give the video: "file: <name>.mp4" for a file in public/videos/, or "provider: youtube|vimeo" with "id:"',
        );
      if (v.file) {
        const p = mediaFileProblem(videoMediaDir, v.file, ['.mp4']);
        if (p) problem(['file'], p);
      }
      if (v.provider) {
        if (!v.id) problem(['id'], `a hosted video needs its id: ${idHint[v.provider]}`);
        else if (!isVideoId(v.provider, v.id))
          problem(['id'], `"${v.id}" is not a ${v.provider} video id: use ${idHint[v.provider]}`);
      }
      const poster = mediaFileProblem(videoMediaDir, v.poster, ['.jpg', '.webp', '.png']);
      if (poster) problem(['poster'], poster);
      const badCaptions = new Set<string>();
      for (const [lang, file] of Object.entries(v.captions)) {
        const p = mediaFileProblem(videoMediaDir, file!, ['.vtt']);
        if (p) {
          problem(['captions', lang], p);
          badCaptions.add(lang);
        }
      }
      // Captions translated from the spoken language must stay on its cue times (one cue per spoken cue).
      if (v.spoken) {
        const ref = v.captions[v.spoken];
        if (!ref)
          problem(
            ['captions'],
            `the video speaks "${v.spoken}": list its captions too ("${v.spoken}: <file>.vtt"), the timing the other captions follow`,
          );
        else if (!badCaptions.has(v.spoken)) {
          const spokenCues = parseVttCues(readFileSync(join(videoMediaDir, ref), 'utf8'));
          for (const [lang, file] of Object.entries(v.captions)) {
            if (lang === v.spoken || badCaptions.has(lang)) continue;
            const p = cueTimingProblem(
              parseVttCues(readFileSync(join(videoMediaDir, file!), 'utf8')),
              spokenCues,
            );
            if (p)
              problem(
                ['captions', lang],
                `public/videos/${file} is not timed to the ${v.spoken} captions public/videos/${ref}: ${p}; make it again with npm run videos -- --lang ${lang}`,
              );
          }
        }
      }
      for (const [i, slug] of v.chapters.entries()) {
        const known = localeCodes.some((l) =>
          existsSync(join(contentDir, 'guide', l, `${slug}.md`)),
        );
        if (!known)
          problem(
            ['chapters', i],
            `"${slug}" is not a guide chapter: use a file name from content/guide/ru/ without .md, e.g. registration`,
          );
      }
    }),
});

/**
 * Key figures (content/facts/<id>.yaml): one file per figure, its name is the id chapters write as
 * {{fact:<id>}}. The same schema is checked before the build by src/lib/facts/load.ts, which the
 * Markdown step uses (it runs before collections are loaded).
 */
const facts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/facts` }),
  schema: factSchema,
});

export const collections = { guide, contacts, videos, facts };
