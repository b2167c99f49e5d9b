// QR images: version, error correction, quiet zone, and that the PNG decodes.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_ZONE, qrPng, qrSpec, qrSvg } from '../../../src/lib/qr/code.ts';

const url = 'https://migrant-guide.test/mg/q/ka/';
const longUrl = 'https://some-ngo-name.github.io/migrant-guide/q/ka3/';

describe('QR images', () => {
  it('use a small version with error correction Q (or at least M)', () => {
    for (const u of [url, longUrl]) {
      const s = qrSpec(u);
      expect(['M', 'Q']).toContain(s.ec);
      expect(s.version).toBeLessThanOrEqual(4);
    }
    expect(qrSpec(url).ec).toBe('Q');
  });
  it('SVG has the 4-module quiet zone in its viewBox', async () => {
    const svg = await qrSvg(url);
    const n = qrSpec(url).modules + 2 * QUIET_ZONE;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${n} ${n}"`));
    // That the SVG decodes is checked on every built SVG, drawn by Chromium: tests/e2e/qr.test.ts.
  });
  it('PNG is at least 3 cm at 300 dpi plus quiet zone, whole pixels per module, and decodes', async () => {
    const png = await qrPng(url, 354);
    const width = png.readUInt32BE(16);
    const modules = qrSpec(url).modules + 2 * QUIET_ZONE;
    expect(width % modules).toBe(0);
    expect((width / modules) * qrSpec(url).modules).toBeGreaterThanOrEqual(354);
    const dir = mkdtempSync(join(tmpdir(), 'qr-unit-'));
    writeFileSync(join(dir, 'a.png'), png);
    expect(
      execFileSync('zbarimg', ['--raw', '-q', join(dir, 'a.png')], { encoding: 'utf8' }).trim(),
    ).toBe(url);
  });
});
