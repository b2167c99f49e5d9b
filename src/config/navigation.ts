/**
 * The main navigation and the home page's task links, in one place. Each feature adds its entry here
 * when its pages exist, so the header never links to a page that is not built.
 */
import { paths } from '../lib/site/routes.ts';

export interface NavItem { id: 'home' | 'guide' | 'help' | 'map' | 'videos'; label: string; path: (lang: string) => string }

export const navItems: NavItem[] = [
  { id: 'guide', label: 'nav.guide', path: paths.guide },
  { id: 'help', label: 'nav.help', path: paths.help },
  { id: 'videos', label: 'nav.videos', path: paths.videos },
  { id: 'map', label: 'nav.map', path: paths.map },
];

/** The main tasks on the home page: large links straight to the chapter that answers them. */
export const homeTasks: { label: string; path: (lang: string) => string }[] = [
  { label: 'task.arrived', path: (l) => paths.chapter(l, 'border-and-stay') },
  { label: 'task.registration', path: (l) => paths.chapter(l, 'registration') },
  { label: 'task.workPermit', path: (l) => paths.chapter(l, 'work-permit') },
  { label: 'task.notPaid', path: (l) => paths.chapter(l, 'rights-at-work') },
  { label: 'task.police', path: (l) => paths.chapter(l, 'police') },
  { label: 'task.sick', path: (l) => paths.chapter(l, 'health') },
  { label: 'task.lostPassport', path: (l) => paths.chapter(l, 'lost-documents') },
  { label: 'task.help', path: paths.help },
];
