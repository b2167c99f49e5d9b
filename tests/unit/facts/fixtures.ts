/** A small, fixed set of figures for tests (the real ones live in content/facts/ and change yearly). */
import { factsFromFiles } from '../../../src/lib/facts/load.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

const labels = (s: string) =>
  `label:\n  ru: "${s} ru"\n  uz: "${s} uz"\n  tg: "${s} tg"\n  ky: "${s} ky"\n  en: "${s} en"\n`;
const source =
  'source:\n  title: "КоАП РК"\n  url: "https://adilet.zan.kz/rus/docs/K1400000235"\n  article: "ст. 517"\nchecked: 2026-11-23\nconfidence: high\n';

export const factFiles = [
  {
    name: 'mrp.yaml',
    text: `value: 4325\nunit: tenge\ngroup: money\nvalidFrom: 2026-01-01\nvalidUntil: 2026-12-31\n${labels('МРП')}${source}`,
  },
  {
    name: 'minimum-wage.yaml',
    text: `value: 85000\nunit: tenge\ngroup: money\nvalidFrom: 2026-01-01\nvalidUntil: 2026-12-31\n${labels('МЗП')}${source}`,
  },
  {
    name: 'koap-517-4.yaml',
    text: `value: 25\nunit: mrp\ngroup: fines\n${labels('Штраф')}${source}`,
  },
  {
    name: 'registration-deadline.yaml',
    text: `value: 30\nunit: days\ngroup: registration\n${labels('Срок')}${source}`,
  },
  {
    name: 'overstay-warning-days.yaml',
    text: `value: 3\nunit: days\ngroup: stay\n${labels('Предупреждение')}${source}`,
  },
  {
    name: 'host-notice.yaml',
    text: `value: 3\nunit: working-days\ngroup: registration\n${labels('Уведомление')}${source}`,
  },
  {
    name: 'tax.yaml',
    text: `value: 4\nunit: mrp\ngroup: money\n${labels('Налог')}${source.replace('high', 'medium')}unverified: true\n`,
  },
  {
    name: 'patent.yaml',
    text: `value: 10000\nunit: rub\ngroup: russia\n${labels('Патент')}${source}`,
  },
];

export const facts = factsFromFiles(factFiles);
export const strings = dictionaries;
