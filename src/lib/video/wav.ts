/** The narration's audio: reads, joins and writes PCM WAV files (espeak-ng writes 16-bit PCM). */

export interface Wav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  data: Uint8Array;
}

/** Reads a PCM WAV file's format and samples (espeak-ng's output; the data length may be unset when streamed). */
export function parseWav(buf: Uint8Array): Wav {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (p: number) => String.fromCharCode(buf[p], buf[p + 1], buf[p + 2], buf[p + 3]);
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let p = 12;
  let fmt: Omit<Wav, 'data'> | undefined;
  while (p + 8 <= buf.length) {
    const id = tag(p);
    let size = view.getUint32(p + 4, true);
    if (id === 'fmt ') {
      fmt = {
        channels: view.getUint16(p + 10, true),
        sampleRate: view.getUint32(p + 12, true),
        bitsPerSample: view.getUint16(p + 22, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data before its format');
      if (size === 0 || size === 0xffffffff || p + 8 + size > buf.length) size = buf.length - p - 8;
      return { ...fmt, data: buf.subarray(p + 8, p + 8 + size) };
    }
    p += 8 + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

export function wavSeconds(w: Wav): number {
  return w.data.length / (w.sampleRate * w.channels * (w.bitsPerSample / 8));
}

/** Joins WAVs of one format, with `gapSeconds` of silence after each part. */
export function joinWavs(parts: Wav[], gapSeconds: number[]): Wav {
  const f = parts[0];
  for (const w of parts)
    if (
      w.sampleRate !== f.sampleRate ||
      w.channels !== f.channels ||
      w.bitsPerSample !== f.bitsPerSample
    )
      throw new Error('WAV parts differ in format');
  const frame = f.channels * (f.bitsPerSample / 8);
  const gaps = parts.map((_, i) => Math.round((gapSeconds[i] ?? 0) * f.sampleRate) * frame);
  const total = parts.reduce((n, w, i) => n + w.data.length + gaps[i], 0);
  const data = new Uint8Array(total);
  let p = 0;
  parts.forEach((w, i) => {
    data.set(w.data, p);
    p += w.data.length + gaps[i];
  });
  return { ...f, data };
}

export function encodeWav(w: Wav): Uint8Array {
  const out = new Uint8Array(44 + w.data.length);
  const view = new DataView(out.buffer);
  const put = (p: number, s: string) => {
    for (let i = 0; i < 4; i++) out[p + i] = s.charCodeAt(i);
  };
  put(0, 'RIFF');
  view.setUint32(4, 36 + w.data.length, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, w.channels, true);
  view.setUint32(24, w.sampleRate, true);
  view.setUint32(28, w.sampleRate * w.channels * (w.bitsPerSample / 8), true);
  view.setUint16(32, w.channels * (w.bitsPerSample / 8), true);
  view.setUint16(34, w.bitsPerSample, true);
  put(36, 'data');
  view.setUint32(40, w.data.length, true);
  out.set(w.data, 44);
  return out;
}
