// An editor's pull request with a mistake must fail the build with a message that names the file, the
// field and what was expected. Each case builds a copy of content/ with one deliberate mistake.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brokenBuilds, edit } from '../support/brokenBuild.ts';

const { buildWith, cleanup } = brokenBuilds('broken');
afterAll(cleanup);

describe('broken content stops the build with a clear message', () => {
  it('a chapter without a title', () => {
    const r = buildWith('no-title', (d) => edit(join(d, 'guide/ru/police.md'), /^title:.*\n/m, ''));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guide\/ru\/police\.md/);
    expect(r.output).toMatch(/title/);
    expect(r.output).toMatch(/every chapter needs a title/);
  });

  it('a date that is not a date', () => {
    const r = buildWith('bad-date', (d) =>
      edit(join(d, 'guide/en/health.md'), /^lastReviewed:.*$/m, 'lastReviewed: last spring'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guide\/en\/health\.md/);
    expect(r.output).toMatch(/lastReviewed/);
    expect(r.output).toMatch(/YYYY-MM-DD/);
  });

  it('a source that is not a web address', () => {
    const r = buildWith('bad-source', (d) =>
      edit(
        join(d, 'guide/ru/registration.md'),
        /url: "https?:\/\/[^"]+"/,
        'url: "adilet.zan.kz law"',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guide\/ru\/registration\.md/);
    expect(r.output).toMatch(/sources\.0\.url/);
    expect(r.output).toMatch(/full web address/);
  });

  it('a translation that does not say what it was translated from', () => {
    const r = buildWith('no-from', (d) =>
      edit(join(d, 'guide/en/police.md'), /^\s+from: ru\n/m, ''),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guide\/en\/police\.md/);
    expect(r.output).toMatch(/translation\.from/);
    expect(r.output).toMatch(/from: ru/);
  });

  it('a translation marked reviewed without saying who checked it and when', () => {
    const r = buildWith('reviewed-nobody', (d) =>
      edit(join(d, 'guide/uz/police.md'), /status: machine/, 'status: reviewed'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guide\/uz\/police\.md/);
    expect(r.output).toMatch(/translation\.reviewedBy/);
    expect(r.output).toMatch(
      /must say who checked it and when: under translation:, add reviewedBy: .* and reviewedOn: /,
    );
  });

  it('a language folder that is not configured', () => {
    const r = buildWith('bad-lang', (d) => {
      mkdirSync(join(d, 'guide/fr'));
      cpSync(join(d, 'guide/ru/police.md'), join(d, 'guide/fr/police.md'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/guide\/fr\/: "fr" is not a configured language\. Use one of ru, uz, tg, ky, en/,
    );
  });

  it('a script tag and a javascript: link in Markdown', () => {
    const r = buildWith('script', (d) => {
      edit(join(d, 'guide/ru/money.md'), /\n## /, '\n<script>alert(1)</script>\n\n## ');
      edit(join(d, 'guide/ru/money.md'), /\n## /, '\n[нажмите](javascript:alert(1))\n\n## ');
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/guide\/ru\/money\.md, line \d+: a <script> tag is not allowed/,
    );
    expect(r.output).toMatch(
      /content\/guide\/ru\/money\.md, line \d+: links must go to a web page/,
    );
  });

  it('a contact phone number that is not in international format', () => {
    const r = buildWith('bad-phone', (d) =>
      edit(join(d, 'contacts/emergency-112.yaml'), /number: "112"/, 'number: "8 (701) 112"'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/contacts\/emergency-112\.yaml/);
    expect(r.output).toMatch(/phones\.0\.number/);
    expect(r.output).toMatch(/international number like "\+77172000000"/);
  });
});

describe('broken links and data stop the build too', () => {
  it('a link to a chapter that does not exist', () => {
    const r = buildWith('dead-link', (d) =>
      edit(join(d, 'guide/uz/police.md'), /\n## /, '\n[Roʻyxatdan oʻtish](../royxat/)\n\n## '),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /content\/guide\/uz\/police\.md \(page \/uz\/guide\/police\/\): the link "\.\.\/royxat\/" leads nowhere/,
    );
  });

  it('a facility file that is not valid GeoJSON', () => {
    const r = buildWith('bad-geojson', (d) =>
      edit(
        join(d, 'facilities/shymkent.geojson'),
        /"type":\s*"FeatureCollection"/,
        '"type": "FeatureCollection",,',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/shymkent\.geojson/);
  });

  it('a settlement position without a source', () => {
    const r = buildWith('settlement-no-source', (d) =>
      edit(
        join(d, 'facilities/settlements.json'),
        /"url": "https:\/\/www\.geonames\.org\/1519673"/,
        '"url": ""',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /facilities\/settlements\.json, settlement "saryagash": "source" needs a "url"/,
    );
  });
});
