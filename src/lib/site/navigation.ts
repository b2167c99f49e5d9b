/**
 * Turns the route ids that src/config/navigation.ts names into site paths. Config stays data (it
 * imports nothing from src/lib/); the components that render navigation call this.
 */
import type { RouteLink } from '../../config/navigation.ts';
import { paths } from './routes.ts';

/** The site path (without the base) of a navigation entry in one language. */
export function routePath(lang: string, link: RouteLink): string {
  return link.route === 'chapter' ? paths.chapter(lang, link.slug) : paths[link.route](lang);
}
