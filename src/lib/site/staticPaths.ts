/** getStaticPaths for pages that exist once per language. */
import { localeCodes } from '../../config/locales.ts';

export function langPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
