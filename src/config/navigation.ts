/**
 * The main navigation and the home page's task links, in one place. Each feature adds its entry here
 * when its pages exist, so the header never links to a page that is not built.
 *
 * Config is data: an entry names a page by its route id (a key of `paths` in src/lib/site/routes.ts)
 * and, for a chapter, its slug. Whoever renders the links turns them into URLs (`routePath`).
 */

/** A page of one language, named by route id; a chapter also names its slug. */
export type RouteLink =
  { route: 'home' | 'guide' | 'help' | 'map' | 'videos' } | { route: 'chapter'; slug: string };

export type NavItem = {
  id: 'home' | 'guide' | 'help' | 'map' | 'videos';
  label: string;
} & RouteLink;

export const navItems: NavItem[] = [
  { id: 'guide', label: 'nav.guide', route: 'guide' },
  { id: 'help', label: 'nav.help', route: 'help' },
  { id: 'videos', label: 'nav.videos', route: 'videos' },
  { id: 'map', label: 'nav.map', route: 'map' },
];

/** The main tasks on the home page: large links straight to the chapter that answers them. */
export const homeTasks: ({ label: string } & RouteLink)[] = [
  { label: 'task.arrived', route: 'chapter', slug: 'border-and-stay' },
  { label: 'task.registration', route: 'chapter', slug: 'registration' },
  { label: 'task.workPermit', route: 'chapter', slug: 'work-permit' },
  { label: 'task.notPaid', route: 'chapter', slug: 'rights-at-work' },
  { label: 'task.police', route: 'chapter', slug: 'police' },
  { label: 'task.sick', route: 'chapter', slug: 'health' },
  { label: 'task.lostPassport', route: 'chapter', slug: 'lost-documents' },
  { label: 'task.help', route: 'help' },
];
