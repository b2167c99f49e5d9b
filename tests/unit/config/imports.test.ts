// src/config/ is the bottom layer: site settings, locales, navigation as data. It may import other
// config files and packages, never src/lib/ or anything else in src/ (that would let a setting depend
// on the code that reads it, and make a cycle one edit away).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const configDir = resolve(import.meta.dirname, '../../../src/config');

/** Every module a file names: import/export … from, bare import, import(), import type. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
}

/** Why `spec`, imported by `file`, breaks the layer, or undefined when it is allowed. */
function layerProblem(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined; // a package or node: built-in
  const target = resolve(dirname(file), spec);
  const inConfig = !relative(configDir, target).startsWith('..');
  return inConfig ? undefined : `imports ${spec}, which is outside src/config/`;
}

const files = readdirSync(configDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|js|mjs)$/.test(f))
  .map((f) => join(configDir, f));

describe('src/config/ imports nothing from the rest of src/', () => {
  it('finds the config files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it('finds import lines of every kind', () => {
    const parsed = ts
      .preProcessFile(
        "import a from '../lib/a.ts';\nimport type { B } from '../lib/b.ts';\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('../e.ts');",
        true,
        true,
      )
      .importedFiles.map((f) => f.fileName);
    expect(parsed).toEqual(['../lib/a.ts', '../lib/b.ts', './c.ts', './d.ts', '../e.ts']);
    expect(layerProblem(join(configDir, 'site.ts'), '../lib/site/routes.ts')).toMatch(
      /outside src\/config/,
    );
    expect(layerProblem(join(configDir, 'site.ts'), '../i18n/index.ts')).toMatch(
      /outside src\/config/,
    );
    expect(layerProblem(join(configDir, 'site.ts'), './locales.ts')).toBeUndefined();
    expect(layerProblem(join(configDir, 'site.ts'), 'node:path')).toBeUndefined();
  });
  it.each(files.map((f) => [relative(configDir, f), f]))('%s', (_name, file) => {
    const problems = importsOf(file).flatMap((spec) => layerProblem(file, spec) ?? []);
    expect(
      problems,
      `src/config/${relative(configDir, file)}: config is the bottom layer; move the logic into config or pass the value in from the caller`,
    ).toEqual([]);
  });
});
