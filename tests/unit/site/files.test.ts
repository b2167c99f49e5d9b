import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/lib/site/files.ts';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mg-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new file and leaves no temporary file in the folder', () => {
    writeFileAtomic(join(dir, 'a.txt'), 'привет');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('привет');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('replaces the content whole: a shorter text leaves nothing of the longer one', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, 'a long old page that goes on and on');
    writeFileAtomic(file, 'short');
    expect(readFileSync(file, 'utf8')).toBe('short');
    expect(readdirSync(dir)).toEqual(['page.html']);
  });

  it('writes bytes as they are', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    writeFileAtomic(join(dir, 'x.png'), bytes);
    expect(new Uint8Array(readFileSync(join(dir, 'x.png')))).toEqual(bytes);
  });

  it('creates the folder when it does not exist yet', () => {
    writeFileAtomic(join(dir, 'ru', 'print', 'index.html'), '<p>ok</p>');
    expect(readFileSync(join(dir, 'ru', 'print', 'index.html'), 'utf8')).toBe('<p>ok</p>');
  });

  it('on failure throws, keeps the old file and removes its temporary file', () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
