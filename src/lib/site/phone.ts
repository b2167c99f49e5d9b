/**
 * Phone numbers: stored as "112" or E.164 ("+77172000000"), shown grouped so they can be read aloud
 * and dialled by hand. Grouping follows the country's usual pattern where we know it.
 */
export function isPhone(value: string): boolean {
  return /^(\+[1-9]\d{7,14}|\d{3,5})$/.test(value);
}

export function formatPhone(e164: string): string {
  if (!e164.startsWith('+')) return e164;
  const d = e164.slice(1);
  // Kazakhstan / Russia: +7 XXX XXX XX XX
  if (d.startsWith('7') && d.length === 11)
    return `+7 ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7, 9)} ${d.slice(9)}`;
  // Uzbekistan +998, Tajikistan +992, Kyrgyzstan +996: +CCC XX XXX XX XX
  const cc = ['998', '992', '996'].find((c) => d.startsWith(c));
  if (cc && d.length === 12)
    return `+${cc} ${d.slice(3, 5)} ${d.slice(5, 8)} ${d.slice(8, 10)} ${d.slice(10)}`;
  if (cc && d.length === 13)
    return `+${cc} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9, 11)} ${d.slice(11)}`;
  return `+${d}`;
}
