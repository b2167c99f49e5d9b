// The narration's WAV files: joined with silence, written and read back.
import { describe, expect, it } from 'vitest';
import { encodeWav, joinWavs, parseWav, wavSeconds } from '../../../src/lib/video/wav.ts';

describe('narration audio', () => {
  it('joins WAVs with silence and keeps their length', () => {
    const part = { sampleRate: 16000, channels: 1, bitsPerSample: 16, data: new Uint8Array(32000) };
    const joined = joinWavs([part, part], [0.5, 0]);
    expect(wavSeconds(joined)).toBeCloseTo(2.5);
    expect(wavSeconds(parseWav(encodeWav(joined)))).toBeCloseTo(2.5);
  });
});
