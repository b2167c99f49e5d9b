/**
 * Headless Chromium from Debian (never a downloaded browser), driven by playwright-core. Every request
 * to a host other than the test server is blocked and recorded, so a test can assert that a page
 * makes no request to any other host — what a migrant without signal would experience anyway.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  external: string[];
}

/**
 * A phone-sized page (360×740) whose requests to other hosts are blocked and recorded. With
 * `watch: false` no routing is set up: Playwright's routing and service workers do not mix, so the
 * offline tests use a plain context (and context.setOffline) instead.
 */
export async function openPhone(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
  { watch = true } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    ...options,
  });
  const own = new URL(baseUrl).host;
  const external: string[] = [];
  if (!watch) return { context, page: await context.newPage(), external };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) {
      external.push(url.href);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  const page = await context.newPage();
  return { context, page, external };
}
