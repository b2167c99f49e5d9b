/**
 * An address as sources write it, split into the address proper and editors' notes in brackets, so a
 * page in Uzbek or English shows the notes in the reader's language instead of Russian. The notes
 * editors use: "точный адрес не найден" (exact address not found) and "обслуживает …" (serves these
 * neighbourhoods). Any other bracketed note is kept as written.
 */
export interface AddressParts {
  /** The address without the notes (what a map app should search for). */
  main: string;
  /** The source gave no exact address (street and number). */
  exactUnknown: boolean;
  /** "обслуживает мкр Кайтпас-1, Таскен, Нуртас" → "мкр Кайтпас-1, Таскен, Нуртас". */
  serves?: string;
  /** Other notes, as written (Russian). */
  notes: string[];
}

export function addressParts(address: string): AddressParts {
  const parts: AddressParts = { main: '', exactUnknown: false, notes: [] };
  const bracketed = [...address.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  for (const note of bracketed
    .flatMap((b) => b.split(';'))
    .map((n) => n.trim())
    .filter(Boolean)) {
    if (/^точный адрес не (найден|известен)$/i.test(note)) parts.exactUnknown = true;
    else if (/^обслуживает\s+/i.test(note)) parts.serves = note.replace(/^обслуживает\s+/i, '');
    else parts.notes.push(note);
  }
  parts.main = address
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return parts;
}
