/**
 * The health-care facility list for the offline file, read straight from content/facilities/*.geojson
 * (the map is not in the file: it needs tiles from the internet, a list does not). Missing folder or
 * files mean no list; a file that is not GeoJSON stops the build naming the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackChain } from '../site/i18n.ts';
import { escapeHtml } from '../site/escape.ts';
import { addressParts } from '../facilities/address.ts';

export interface FacilityRow { id: string; name: string; city?: string; address?: string; phones: string[]; source?: { title: string; url: string } }

/** A property that may be a plain string or a per-language record. */
function text(v: unknown, lang: string): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const r = v as Record<string, unknown>;
    for (const c of [...fallbackChain(lang), ...Object.keys(r)]) if (typeof r[c] === 'string' && (r[c] as string).trim()) return (r[c] as string).trim();
  }
  return undefined;
}

function phonesOf(v: unknown): string[] {
  if (!Array.isArray(v)) return typeof v === 'string' && v.trim() ? [v.trim()] : [];
  return v.map((p) => (typeof p === 'string' ? p : p && typeof p === 'object' ? (p as { number?: unknown }).number : undefined)).filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

export function readFacilities(dir: string, lang: string): FacilityRow[] {
  if (!existsSync(dir)) return [];
  const rows: FacilityRow[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.geojson')).sort()) {
    const file = join(dir, f);
    let data: { features?: unknown };
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: is not valid JSON (${(e as Error).message}), so the facility list for the offline file cannot be made.`);
    }
    if (!Array.isArray(data.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection with a "features" list.`);
    data.features.forEach((feature, i) => {
      const p = (feature as { properties?: Record<string, unknown> })?.properties ?? {};
      const name = text(p.name, lang);
      if (!name) throw new Error(`${file}: feature ${typeof p.id === 'string' ? `"${p.id}"` : i + 1} has no "name".`);
      const src = p.source as { title?: unknown; url?: unknown } | undefined;
      rows.push({
        id: typeof p.id === 'string' ? p.id : `${f}-${i + 1}`,
        name,
        city: text(p.city, lang),
        address: text(p.address, lang),
        phones: phonesOf(p.phones ?? p.phone),
        source: src && typeof src.title === 'string' && typeof src.url === 'string' && /^https?:\/\//.test(src.url) ? { title: src.title, url: src.url } : undefined,
      });
    });
  }
  return rows;
}

export interface FacilityLabels {
  title: string;
  intro: string;
  source: string;
  /** "Town or village": each facility says where it is, as the map groups them. */
  settlement?: string;
  /** The address notes in the reader's language ("exact address not found", "serves"). */
  noAddress?: string;
  serves?: string;
}

/** An address with its editors' notes said in the reader's language (see facilities/address.ts). */
function addressText(address: string, labels: FacilityLabels): string {
  if (!labels.noAddress || !labels.serves) return address;
  const a = addressParts(address);
  const notes = [...(a.serves ? [`${labels.serves}: ${a.serves}`] : []), ...a.notes, ...(a.exactUnknown ? [labels.noAddress] : [])];
  return notes.length ? `${a.main} (${notes.join('; ')})` : a.main;
}

export function facilitiesHtml(rows: FacilityRow[], labels: FacilityLabels): string {
  const e = escapeHtml;
  const items = rows
    .map((r) => {
      const phones = r.phones.map((p) => `<a class="tel" href="tel:${escapeHtml(p.replace(/[^\d+]/g, ''))}">${e(p)}</a>`).join(' ');
      const src = r.source ? `<p class="meta">${e(labels.source)}: <a href="${escapeHtml(r.source.url)}">${e(r.source.title)}</a></p>` : '';
      const place = r.city && labels.settlement ? `<br>${e(labels.settlement)}: ${e(r.city)}` : '';
      const where = r.address ? addressText(r.address, labels) : labels.settlement ? '' : r.city ?? '';
      return `<li class="facility"><strong>${e(r.name)}</strong>${place}${where ? `<br>${e(where)}` : ''}${phones ? `<br>${phones}` : ''}${src}</li>`;
    })
    .join('');
  return `<h1>${e(labels.title)}</h1><p>${e(labels.intro)}</p><ul class="facilities">${items}</ul>`;
}
