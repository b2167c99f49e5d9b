/**
 * QR images for printed leaflets. Paper lives for years and is photographed with old phone cameras in bad
 * light, so every code uses the smallest QR version that fits, error correction Q (or M when Q would need
 * a bigger symbol), and the full 4-module quiet zone the standard asks for.
 */
import QRCode from 'qrcode';

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
  const m = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const q = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const useQ = q.version <= Math.max(m.version, SMALL_VERSION);
  const chosen = useQ ? { ec: 'Q' as const, code: q } : { ec: 'M' as const, code: m };
  return { ec: chosen.ec, version: chosen.code.version, modules: chosen.code.modules.size };
}

/**
 * The QR code as an inline SVG element (viewBox in modules, quiet zone included, no width or height so
 * the caller sizes it with CSS). Black on white, crisp edges.
 */
export async function qrSvg(text: string): Promise<string> {
  const { ec, version } = qrSpec(text);
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: ec,
    version,
    margin: QUIET_ZONE,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.trim();
}

/**
 * The QR code as a PNG for print. `sizePx` is the smallest width wanted for the code itself, without the
 * quiet zone (3 cm at 300 dpi ≈ 354 px). Every module gets the same whole number of pixels (so no module
 * is a pixel thinner than its neighbour), which makes the code itself at least `sizePx` wide; the 4-module
 * quiet zone is added around it.
 */
export async function qrPng(text: string, sizePx: number): Promise<Buffer> {
  const { ec, version, modules } = qrSpec(text);
  const scale = Math.max(1, Math.ceil(sizePx / modules));
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: ec,
    version,
    margin: QUIET_ZONE,
    scale,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
}

/**
 * The dark modules as one SVG path in module units (origin top-left, no quiet zone), one rectangle per
 * horizontal run. PDFs draw this as vectors: sharp at any printer resolution and a few hundred bytes.
 */
export function qrPathData(text: string): { spec: QrSpec; path: string } {
  const spec = qrSpec(text);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: spec.ec, version: spec.version });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) { x++; continue; }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { spec, path };
}
