/**
 * What a figure file in content/facts/ holds. One file per figure; its name (without .yaml) is the id
 * that chapters write as {{fact:<id>}}. Messages are written for editors, not programmers.
 */
import { z } from 'zod';
import { localeCodes } from '../../config/locales.ts';

export const factUnits = [
  'tenge',
  'mrp',
  'rub',
  'days',
  'working-days',
  'months',
  'percent',
] as const;
export type FactUnit = (typeof factUnits)[number];

/** Groups on the Key figures page, in this order. */
export const factGroups = [
  'money',
  'fines',
  'stay',
  'registration',
  'work',
  'documents',
  'russia',
] as const;
export type FactGroup = (typeof factGroups)[number];

/** A calendar date written as YYYY-MM-DD (YAML may already have turned it into a Date). */
const isoDate = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ message: 'must be a date written as YYYY-MM-DD, e.g. 2026-01-01' }),
);

const everyLanguage = z.object(
  Object.fromEntries(
    localeCodes.map((l) => [
      l,
      z.string({ message: `needs a text in ${l}` }).min(2, `needs a text in ${l}`),
    ]),
  ) as Record<string, z.ZodString>,
  { message: `must give a short text in every language: ${localeCodes.join(', ')}` },
);

export const factSchema = z
  .object({
    value: z
      .number({
        message: 'must be a number without spaces or units, e.g. 4325 (the unit goes in "unit:")',
      })
      .positive('must be more than 0'),
    unit: z.enum(factUnits, { message: `must be one of: ${factUnits.join(', ')}` }),
    group: z.enum(factGroups, { message: `must be one of: ${factGroups.join(', ')}` }),
    label: everyLanguage,
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    source: z.object(
      {
        title: z
          .string({ message: 'every figure needs the title of its source (the law or the page)' })
          .min(3),
        url: z
          .string()
          .regex(
            /^https?:\/\/[^\s/]+\.[^\s]+$/,
            'must be a full web address starting with https://',
          ),
        article: z.string().min(1).optional(),
      },
      {
        message: 'every figure needs a source with title and url (and the article, if it is a law)',
      },
    ),
    checked: isoDate,
    confidence: z.enum(['high', 'medium', 'low'], { message: 'must be high, medium or low' }),
    /** Shown with a "not verified" mark wherever the figure is used. */
    unverified: z.boolean().default(false),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.validFrom && f.validUntil && f.validUntil < f.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'must not be before validFrom',
      });
    }
  });

export type FactData = z.infer<typeof factSchema>;
export interface Fact extends FactData {
  id: string;
}

/** Ids are what translators copy: lowercase letters, digits and single hyphens. */
export const FACT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
