/**
 * QR images for printed leaflets. Paper lives for years and is photographed with old phone cameras in bad
 * light, so every code uses the smallest QR version that fits, error correction Q (or M when Q would need
 * a bigger symbol), and the full 4-module quiet zone the standard asks for.
 */
import QRCode from 'qrcode';
import { deflateSync } from 'node:zlib';

export type EcLevel = 'M' | 'Q';

export interface QrSpec {
  /** Error correction level used. */
  ec: EcLevel;
  /** QR version (1–40); version v has 17 + 4v modules a side. */
  version: number;
  /** Modules a side, without the quiet zone. */
  modules: number;
}

/** Quiet zone in modules on each side (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/**
 * Largest version we accept for the sake of Q: version 4 is 33 modules, so a 3 cm code still has modules
 * of 0.9 mm, which old cameras read easily.
 */
export const SMALL_VERSION = 4;

/**
 * Picks the error correction: Q survives more dirt, creases and glare, and is used when it keeps the code
 * small (no bigger than M's version, or at most version 4). Otherwise M, because a denser code means
 * smaller modules at the same printed size, which old cameras read worse than a little less redundancy.
 */
export function qrSpec(text: string): QrSpec {
  return encode(text).spec;
}

type BitMatrix = ReturnType<typeof QRCode.create>['modules'];
const encoded = new Map<string, { spec: QrSpec; modules: BitMatrix }>();

/** Encodes once per text: choosing the mask is the costly part, and every sheet draws each code several times. */
function encode(text: string): { spec: QrSpec; modules: BitMatrix } {
  const hit = encoded.get(text);
  if (hit) return hit;
  const m = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const q = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const useQ = q.version <= Math.max(m.version, SMALL_VERSION);
  const code = useQ ? q : m;
  const result = {
    spec: {
      ec: useQ ? ('Q' as const) : ('M' as const),
      version: code.version,
      modules: code.modules.size,
    },
    modules: code.modules,
  };
  encoded.set(text, result);
  return result;
}

/**
 * The QR code as an inline SVG element (viewBox in modules, quiet zone included, no width or height so
 * the caller sizes it with CSS). Black on white, crisp edges.
 */
export async function qrSvg(text: string): Promise<string> {
  const { spec, path } = qrPathData(text, QUIET_ZONE);
  const side = spec.modules + 2 * QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><path fill="#fff" d="M0 0h${side}v${side}H0z"/><path fill="#000" d="${path}"/></svg>`;
}

/** CRC-32 as PNG chunks need it. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * The QR code as a PNG for print. `sizePx` is the smallest width wanted for the code itself, without the
 * quiet zone (3 cm at 300 dpi ≈ 354 px). Every module gets the same whole number of pixels (so no module
 * is a pixel thinner than its neighbour), which makes the code itself at least `sizePx` wide; the 4-module
 * quiet zone is added around it. Written directly as a 1-bit black-and-white PNG marked 300 dpi: small,
 * prints at 3 cm by default, and much faster than a general-purpose PNG encoder.
 */
export async function qrPng(text: string, sizePx: number): Promise<Buffer> {
  const { spec, modules } = encode(text);
  const n = spec.modules;
  const scale = Math.max(1, Math.ceil(sizePx / n));
  const side = (n + 2 * QUIET_ZONE) * scale;
  const rowBytes = Math.ceil(side / 8);
  const stride = rowBytes + 1;
  const raw = Buffer.alloc(stride * side, 0);
  // Filter byte 0, then 1 bit per pixel: 1 = white, 0 = black. Each module row is built once and copied
  // `scale` times; white first, then dark runs cleared.
  for (let my = -QUIET_ZONE; my < n + QUIET_ZONE; my++) {
    const first = (my + QUIET_ZONE) * scale * stride;
    raw.fill(0xff, first + 1, first + stride);
    if (my >= 0 && my < n) {
      for (let mx = 0; mx < n; mx++) {
        if (!modules.get(my, mx)) continue;
        for (let x = (mx + QUIET_ZONE) * scale, end = x + scale; x < end; x++)
          raw[first + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
      }
    }
    for (let r = 1; r < scale; r++) raw.copy(raw, first + r * stride, first, first + stride);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(11811, 0); // 300 dpi in pixels per metre
  phys.writeUInt32BE(11811, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The dark modules as one SVG path in module units (origin top-left, no quiet zone), one rectangle per
 * horizontal run. PDFs draw this as vectors: sharp at any printer resolution and a few hundred bytes.
 */
export function qrPathData(text: string, offset = 0): { spec: QrSpec; path: string } {
  const { spec, modules } = encode(text);
  const n = spec.modules;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      path += `M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`;
    }
  }
  return { spec, path };
}
