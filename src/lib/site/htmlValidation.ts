/**
 * HTML validity of every built page with html-validate's recommended rules, minus the few that do
 * not fit a static multilingual site (explained per rule). Shared by `npm run check` and the tests.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html> in upper case; both are valid HTML.
    'doctype-style': 'off',
    // Astro serialises void elements without a trailing slash and attributes its own way.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Inline <style> is deliberate: the whole stylesheet is inlined so a page arrives in one round trip.
    'no-inline-style': 'off',
    // Long, plain titles are written for people, not for a length limit.
    'long-title': 'off',
    // Legal citations in Russian use «» and the text is authored, not generated.
    'no-raw-characters': ['error', { relaxed: true }],
    // Heading ids come from the heading text; "90 days a year" gives an id starting with a digit, which
    // HTML5 allows.
    'valid-id': ['error', { relaxed: true }],
    // The call bar's buttons (class "call") are a short number and the words for it ("103 Ambulance"):
    // the number has no space to break at, and the words may wrap inside the button on a narrow phone.
    'tel-non-breaking': ['error', { ignoreClasses: ['call'] }],
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

export async function validateHtml(
  files: { file: string; html: string }[],
): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: HtmlProblem[] = [];
  for (const { file, html } of files) {
    const report = await validator.validateString(html, file);
    for (const r of report.results)
      for (const m of r.messages)
        problems.push({ file, line: m.line, rule: m.ruleId, message: m.message });
  }
  return problems;
}
