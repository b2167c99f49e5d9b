// Someone ill in Shymkent opens the clinics page: the list is complete without JavaScript, the map
// shows one marker per facility with a sourced position, filters narrow both, and a blocked tile
// server leaves markers, list and an explanation — with no request to any host but the tile host.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from './browser.ts';
import { axeViolations } from './axe.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/staticServer.ts';
import { buildSyntheticSite } from '../../scripts/map/syntheticSite.ts';
import { loadFacilities } from '../../src/data/facilities.ts';
import { clusterThreshold, listOnMapPageMax } from '../../src/config/facilities.ts';
import { site } from '../../src/config/site.ts';

const baseUrl = inject('baseUrl');
const at = (root: string, path: string) => new URL(path.replace(/^\//, ''), root).href;
const real = loadFacilities();
const tileHost = new URL(site.tiles.url.replace(/\{[a-z]\}/g, 'a')).host;

// The real data has no sourced positions yet, so the map is exercised on a copy of the site with
// synthetic located facilities added (built by the same code, from the same content).
const FEW = 12;
const MANY = 600;
let browser: Browser;
let few: StaticServer;
let many: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  const out = (process.env.TEST_OUT ?? '.test-dist').replace(/\/$/, '');
  const build = (count: number) => {
    const dir = `${out}-map${count}/`;
    if (process.env.REUSE_TEST_BUILD === '1' && existsSync(dir)) return dir;
    return buildSyntheticSite({ count, outDir: dir, siteUrl: inject('siteUrl') });
  };
  few = await startStaticServer(build(FEW), inject('base'));
  many = await startStaticServer(build(MANY), inject('base'));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await few?.close();
  await many?.close();
});

const entries = (page: Page) => page.locator('#facility-list .facility');
const visibleEntries = (page: Page) => page.locator('#facility-list .facility:not([hidden])');

describe('the facility list on the real data', () => {
  it('is complete with JavaScript off, grouped by district, with directions links and no map box', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(at(baseUrl, '/ru/map/'));
    expect(await entries(page).count()).toBe(real.length);
    expect(await page.locator('.facility-group').count()).toBe(new Set(real.map((f) => f.district)).size);
    expect(await page.locator('.facility .directions a[href^="geo:"]').count()).toBe(real.length);
    expect(await page.locator('.facility .directions a[href^="https://www.openstreetmap.org/"]').count()).toBe(real.length);
    // No facility has a sourced position: the page says so instead of showing an empty map.
    expect(await page.locator('#facility-map').count()).toBe(0);
    await expect(page.locator('[data-map-state="none"]').textContent()).resolves.toMatch(/ещё не отмечены на карте/);
    // The filters need JavaScript, so they stay hidden; the list is all there is, and it is enough.
    expect(await page.locator('#facility-filters').isVisible()).toBe(false);
    // Free emergency care, sourced, and the link to the health chapter.
    expect(await page.locator('.free-care a[href$="/ru/guide/health/"]').count()).toBe(1);
    expect(await page.locator('.free-care a[href^="tel:103"]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body] .facility-name').count()).toBe(real.length);
    expect(external).toEqual([]);
    await context.close();
  });

  it('an old address is marked as not re-checked, with its year', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at(baseUrl, '/en/map/'));
    const old = real.find((f) => f.confidence === 'low' && f.addressYear)!;
    await expect(page.locator(`#${old.id} .facility-warning`).textContent()).resolves.toContain(`from a ${old.addressYear} source`);
    await context.close();
  });

  it('filters the list by district and type, and loads no map script when nothing has a position', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(at(baseUrl, '/uz/map/'));
    await page.locator('#facility-filters').waitFor({ state: 'visible' });
    await page.selectOption('#filter-district', 'saryagash');
    const inDistrict = real.filter((f) => f.district === 'saryagash').length;
    expect(await visibleEntries(page).count()).toBe(inDistrict);
    await page.selectOption('#filter-type', 'rural-outpatient-clinic');
    expect(await visibleEntries(page).count()).toBe(real.filter((f) => f.district === 'saryagash' && f.type === 'rural-outpatient-clinic').length);
    await expect(page.locator('.facility-count').textContent()).resolves.toMatch(/Koʻrsatilgan/);
    // The map's scripts (Leaflet, the clustering plugin) are page scripts of their own, put on the page only with positions.
    expect(scripts.some((s) => /leaflet|FacilityMapScript|FacilityClustersScript/i.test(s))).toBe(false);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe('the map, on a build with synthetic located facilities', () => {
  it('shows one marker per located facility, and says why the map is blank when tiles are blocked', async () => {
    // openPhone blocks every other host, the tile host included: that is the "tiles blocked" case.
    const { page, context, external } = await openPhone(browser, few.url);
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) errors.push(m.text()); });
    await page.goto(at(few.url, '/ru/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    const located = await page.locator('#facility-list .facility[data-lat]').count();
    expect(located).toBe(FEW);
    expect(await page.locator('#facility-map .leaflet-marker-icon').count()).toBe(located);
    await page.locator('.tiles-failed').waitFor({ state: 'visible' });
    await expect(page.locator('.tiles-failed').textContent()).resolves.toMatch(/Фон карты не загрузился/);
    await expect(page.locator('[data-map-state="partial"]').textContent()).resolves.toContain(`${FEW} из ${real.length + FEW}`);
    // A marker, reached with the keyboard (markers sit close together on a small screen), opens a
    // popup with the same facts as the list entry.
    await page.locator('#facility-map .leaflet-marker-icon').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup-content .facility-name').waitFor();
    expect(await page.locator('.leaflet-popup-content .directions a[href^="geo:"]').count()).toBe(1);
    // Only the tile host was asked for anything outside the site.
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    expect(errors).toEqual([]);
    // A dozen markers do not crowd: the clustering plugin is not downloaded.
    expect(scripts.some((s) => /FacilityClustersScript/.test(s))).toBe(false);
    await context.close();
  });

  it('a filter narrows both the map and the list', async () => {
    const { page, context } = await openPhone(browser, few.url);
    await page.goto(at(few.url, '/ru/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    await page.selectOption('#filter-district', 'saryagash');
    const locatedShown = await page.locator('#facility-list .facility[data-lat]:not([hidden])').count();
    expect(locatedShown).toBeGreaterThan(0);
    expect(locatedShown).toBeLessThan(FEW);
    expect(await page.locator('#facility-map .leaflet-marker-icon').count()).toBe(locatedShown);
    expect(await page.locator('#facility-list .facility:not([hidden])').evaluateAll((els) => els.every((e) => e.getAttribute('data-district') === 'saryagash'))).toBe(true);
    await context.close();
  });

  it('"nearest to me" sorts located facilities by distance, computed on the phone', async () => {
    const { page, context, external } = await openPhone(browser, few.url, { geolocation: { latitude: 42.3, longitude: 69.6 }, permissions: ['geolocation'] });
    await page.goto(at(few.url, '/en/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Nearest to me' }).click();
    await page.locator('#facility-nearest').waitFor({ state: 'visible' });
    const km = await page.locator('#facility-nearest .facility-distance').allTextContents();
    expect(km.length).toBe(Math.min(10, FEW));
    const values = km.map((t) => (t.endsWith(' m') ? parseFloat(t) / 1000 : parseFloat(t.replace(',', '.'))));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(external.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    await context.close();
  });

  it(`clusters crowded markers (more than ${clusterThreshold}) and still accounts for every facility`, async () => {
    const { page, context } = await openPhone(browser, many.url);
    await page.goto(at(many.url, '/ru/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const clusters = await page.locator('#facility-map .marker-cluster span').allTextContents();
    expect(clusters.length).toBeGreaterThan(0);
    const single = await page.locator('#facility-map .leaflet-marker-icon.facility-marker').count();
    expect(clusters.reduce((s, n) => s + Number(n), 0) + single).toBe(MANY);
    // A cluster says in words how many it holds; chosen with the keyboard, it zooms the map in to its
    // facilities (the view then shows fewer of them, in smaller clusters or as markers).
    const biggest = Math.max(...clusters.map(Number));
    const cluster = page.locator('#facility-map .marker-cluster').filter({ hasText: new RegExp(`^${biggest}$`) }).first();
    expect(await cluster.getAttribute('title')).toBe(`Учреждений здесь: ${biggest}. Нажмите, чтобы приблизить карту.`);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const counts = [...document.querySelectorAll('#facility-map .marker-cluster span')].map((e) => Number(e.textContent));
      return counts.length > 0 && Math.max(...counts) < n;
    }, biggest, { timeout: 10_000 });
    const after = (await page.locator('#facility-map .marker-cluster span').allTextContents()).reduce((s, n) => s + Number(n), 0);
    expect(after + await page.locator('#facility-map .leaflet-marker-icon.facility-marker').count()).toBeLessThan(MANY);
    await context.close();
  });
});

describe('the map pages with markers, clusters and popups', () => {
  it('have no axe-core violations of WCAG 2.2 A/AA (the real build has no map to check)', async () => {
    const violations: string[] = [];
    for (const [root, path] of [[few.url, '/ru/map/'], [many.url, '/uz/map/'], [many.url, '/tg/map/saryagash/']] as const) {
      const { page, context } = await openPhone(browser, root, { bypassCSP: true });
      await page.goto(at(root, path));
      if (await page.locator('#facility-map').count()) {
        await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
        // With a popup open (where a single marker is in view), its copy of an entry is checked too.
        const marker = page.locator('#facility-map .leaflet-marker-icon.facility-marker').first();
        if (await marker.count()) {
          // Markers may overlap on a small screen; the keyboard reaches each one.
          await marker.focus();
          await page.keyboard.press('Enter');
          await page.locator('.leaflet-popup-content .facility').waitFor();
        }
      }
      // Single markers of an unclustered map (40 or fewer) may overlap where clinics are close. WCAG
      // 2.5.8 accepts a small target when the same function has a large one on the page: every marker's
      // facility is a full entry in the list below. Clusters, which have no such twin, must not overlap.
      violations.push(...(await axeViolations(page, (rule, node) => rule === 'target-size' && /\bfacility-marker\b/.test(node.html))));
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});

describe(`above ${listOnMapPageMax} facilities, the map page lists districts`, () => {
  it('with JavaScript off, the district pages together hold every facility in full', async () => {
    const { page, context, external } = await openPhone(browser, many.url, { javaScriptEnabled: false });
    await page.goto(at(many.url, '/ru/map/'));
    expect(await page.locator('#facility-list .facility').count()).toBe(0);
    expect(await page.locator('.free-care a[href^="tel:103"]').count()).toBe(1);
    const links = await page.locator('#facility-districts a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const listed = await page.locator('#facility-districts .district-count').allTextContents();
    expect(links.length).toBeGreaterThan(1);
    let total = 0;
    for (const [i, link] of links.entries()) {
      await page.goto(link);
      const n = await page.locator('#facility-list .facility').count();
      expect(n).toBe(Number(listed[i]));
      expect(await page.locator('.facility .directions a[href^="geo:"]').count()).toBe(n);
      total += n;
    }
    expect(total).toBe(real.length + MANY);
    expect(external).toEqual([]);
    await context.close();
  });

  it('markers come from the JSON file; a filter narrows markers and district counts; a popup links to the full entry', async () => {
    const { page, context, external } = await openPhone(browser, many.url, { geolocation: { latitude: 42.3, longitude: 69.6 }, permissions: ['geolocation'] });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at(many.url, '/en/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const counted = async () => (await page.locator('#facility-districts li:not([hidden]) .district-count').allTextContents()).reduce((s, n) => s + Number(n.replace(/\D/g, '')), 0);
    expect(await counted()).toBe(real.length + MANY);
    await page.selectOption('#filter-district', 'saryagash');
    expect(await page.locator('#facility-districts li:not([hidden])').count()).toBe(1);
    const inDistrict = await counted();
    expect(inDistrict).toBeLessThan(real.length + MANY);
    await page.locator('#facility-map .leaflet-marker-icon').first().waitFor();
    const clusters = await page.locator('#facility-map .marker-cluster span').allTextContents();
    const single = await page.locator('#facility-map .leaflet-marker-icon.facility-marker').count();
    const realInDistrict = real.filter((f) => f.district === 'saryagash').length;
    expect(clusters.reduce((s, n) => s + Number(n), 0) + single).toBe(inDistrict - realInDistrict);
    await page.getByRole('button', { name: 'Nearest to me' }).click();
    await page.locator('#facility-nearest .facility-distance').first().waitFor();
    expect(await page.locator('#facility-nearest .facility').count()).toBe(10);
    const first = page.locator('#facility-nearest .facility').first();
    expect(await first.locator('a[href^="geo:"]').count()).toBe(1);
    const details = await first.locator('a.facility-details').getAttribute('href');
    expect(details).toMatch(/\/en\/map\/saryagash\/#/);
    await page.goto(new URL(details!, many.url).href);
    expect(await page.locator(`#${details!.split('#')[1]}.facility`).count()).toBe(1);
    expect(external.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
