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

const langCode = z.enum(localeCodes as [string, ...string[]], {
  message: `must be one of the configured languages: ${localeCodes.join(', ')}`,
});

/** A calendar date written as YYYY-MM-DD (YAML turns an unquoted date into a Date). */
const isoDateField = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ message: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-23' }),
);

const webUrl = z
  .string({ message: 'must be a web address' })
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s), {
    message: 'must be a full web address starting with https:// (or http://)',
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
    sourceVersion: z.number({ message: 'must be the version number of the source text, e.g. 1' }).int().positive().optional(),
    reviewedBy: z.string().optional(),
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
  });

const guide = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/guide` }),
  schema: z.object({
    title: z.string({ message: 'every chapter needs a title' }).min(3).max(90, 'a title must fit a phone screen: 90 characters at most'),
    description: z
      .string({ message: 'every chapter needs a description (one or two sentences, shown in search results and previews)' })
      .min(10)
      .max(200, 'keep the description under 200 characters'),
    order: z.number({ message: 'must be a whole number that sets the chapter order, e.g. 3' }).int().positive(),
    lastReviewed: isoDateField,
    version: z.number({ message: 'must be a whole number; raise it when the meaning of the text changes' }).int().positive().optional(),
    keywords: z.array(z.string()).default([]),
    sources: z.array(sourceSchema, { message: 'must be a list of sources, each with title and url' }).min(1, 'every chapter needs at least one source'),
    translation: translationSchema,
  }),
});

const localized = z
  .partialRecord(langCode, z.string().min(1))
  .refine((r) => typeof r.ru === 'string' && typeof r.en === 'string', {
    message: 'needs at least a Russian (ru) and an English (en) text',
  });

const phone = z.object({
  number: z
    .string({ message: 'write the phone number in quotes' })
    .regex(/^(\+[1-9]\d{7,14}|\d{3,5})$/, 'must be a short number like "112" or an international number like "+77172000000" (no spaces)'),
  note: localized.optional(),
  whatsapp: z.boolean().optional(),
  telegram: z.boolean().optional(),
});

const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/contacts` }),
  schema: z.object({
    kind: z.enum(['emergency', 'hotline', 'state', 'ngo', 'international', 'embassy', 'consulate', 'home-service'], {
      message: 'must be one of: emergency, hotline, state, ngo, international, embassy, consulate, home-service',
    }),
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
    email: z.string().email().optional(),
    source: sourceSchema,
    checked: isoDateField,
    unverified: z.boolean().default(false),
    note: localized.optional(),
  }),
});

export const collections = { guide, contacts };
