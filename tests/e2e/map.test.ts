// Someone ill in Shymkent opens the clinics page: the list is complete without JavaScript, the map
// shows a marker per facility with a sourced position (exact) or a sourced town or village
// (approximate, grouped per settlement), filters narrow both, and a blocked tile server leaves
// markers, list and an explanation — with no request to any host but the tile host.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { buildSyntheticSite } from '../support/syntheticSite.ts';
import { loadFacilities } from '../../src/data/facilities.ts';
import { clusterThreshold, listOnMapPageMax } from '../../src/config/facilities.ts';
import { site } from '../../src/config/site.ts';
import { mapPlace } from '../../src/lib/facilities/settlements.ts';

const baseUrl = inject('baseUrl');
const at = (root: string, path: string) => new URL(path.replace(/^\//, ''), root).href;
const real = loadFacilities();
const tileHost = new URL(site.tiles.url.replace(/\{[a-z]\}/g, 'a')).host;
const realPlaced = real.filter((f) => mapPlace(f));
const realUnplaced = real.filter((f) => !mapPlace(f));
const realSettlements = new Set(realPlaced.filter((f) => !f.position).map((f) => f.settlement!.id));
/** The first number in "350 m", "2,4 km" or "about 12 km (…)", in kilometres. */
const kmOf = (t: string) => {
  const n = parseFloat(/\d+(?:[.,]\d+)?/.exec(t)![0].replace(',', '.'));
  return /\d\s*m\b/.test(t) && !/km/.test(t) ? n / 1000 : n;
};

// The real data has settlement positions but no exact ones yet, so exact markers and clusters are
// exercised on copies of the site with synthetic located facilities added (same code, same content).
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
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await few?.close();
  await many?.close();
});

const entries = (page: Page) => page.locator('#facility-list .facility');
const visibleEntries = (page: Page) => page.locator('#facility-list .facility:not([hidden])');

describe('the facility list on the real data', () => {
  it('is complete with JavaScript off, grouped by district, with jump links, directions by name and address, and says what is not on the map', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl, {
      javaScriptEnabled: false,
    });
    await page.goto(at(baseUrl, '/ru/map/'));
    expect(await entries(page).count()).toBe(real.length);
    const districts = new Set(real.map((f) => f.district)).size;
    expect(await page.locator('.facility-group').count()).toBe(districts);
    // Jump links to each district's heading, plain anchors.
    const jumps = await page
      .locator('.district-jump a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(jumps.length).toBe(districts);
    for (const j of jumps) expect(await page.locator(`.facility-group h2${j}`).count()).toBe(1);
    expect(await page.locator('.facility .directions a[href^="geo:"]').count()).toBe(real.length);
    expect(
      await page.locator('.facility .directions a[href^="https://www.openstreetmap.org/"]').count(),
    ).toBe(real.length);
    // The map app searches the facility's name with its address, never the town alone.
    for (const f of real.slice(0, 5)) {
      const q = new URL(
        (await page
          .locator(`#${f.id} .directions a[href^="https://www.openstreetmap.org/"]`)
          .getAttribute('href')) ?? '',
      ).searchParams.get('query');
      expect(q?.startsWith(f.name)).toBe(true);
    }
    // The map box waits for JavaScript; the page says how many are on the map and names those that are not.
    expect(await page.locator('#facility-map').isVisible()).toBe(false);
    await expect(page.locator('[data-map-state="partial"]').textContent()).resolves.toContain(
      `${realPlaced.length} из ${real.length}`,
    );
    expect(
      await page
        .locator('.map-unplaced a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(realUnplaced.map((f) => `#${f.id}`));
    expect(await page.locator('.facility-position.approximate').count()).toBe(
      realPlaced.filter((f) => !f.position).length,
    );
    await expect(
      page.locator(`#${realPlaced.find((f) => !f.position)!.id} .facility-position`).textContent(),
    ).resolves.toMatch(/центр населённого пункта .*, а не само здание/);
    // The filters need JavaScript, so they stay hidden; the list is all there is, and it is enough.
    expect(await page.locator('#facility-filters').isVisible()).toBe(false);
    // Free emergency care, sourced, and the link to the health chapter.
    expect(await page.locator('.free-care a[href$="/ru/guide/health/"]').count()).toBe(1);
    expect(await page.locator('.free-care a[href^="tel:103"]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-body] .facility-name').count()).toBe(real.length);
    expect(external).toEqual([]);
    await context.close();
  });

  it('an old address is marked as not re-checked, with its year; address notes are in the reader’s language', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    await page.goto(at(baseUrl, '/en/map/'));
    const old = real.find((f) => f.confidence === 'low' && f.addressYear)!;
    await expect(page.locator(`#${old.id} .facility-warning`).textContent()).resolves.toContain(
      `from a ${old.addressYear} source`,
    );
    const noted = real.find((f) => f.address?.includes('точный адрес не найден'))!;
    const text = await page.locator(`#${noted.id}`).textContent();
    expect(text).toContain('exact address not found');
    expect(text).not.toContain('точный адрес не найден');
    await context.close();
  });

  it('filters the list by district and type, keeps them in the address, and the counts follow', async () => {
    const { page, context, external } = await openPhone(browser, baseUrl);
    await page.goto(at(baseUrl, '/uz/map/'));
    await page.locator('#facility-filters').waitFor({ state: 'visible' });
    await page.selectOption('#filter-district', 'saryagash');
    const inDistrict = real.filter((f) => f.district === 'saryagash').length;
    expect(await visibleEntries(page).count()).toBe(inDistrict);
    await page.selectOption('#filter-type', 'rural-outpatient-clinic');
    const both = real.filter(
      (f) => f.district === 'saryagash' && f.type === 'rural-outpatient-clinic',
    ).length;
    expect(await visibleEntries(page).count()).toBe(both);
    await expect(page.locator('.facility-count').textContent()).resolves.toMatch(/Koʻrsatilgan/);
    // The heading and the jump link say how many are shown, not how many there are.
    await expect(
      page.locator('.facility-group[data-district="saryagash"] h2 .group-count').textContent(),
    ).resolves.toBe(String(both));
    await expect(
      page.locator('.district-jump li[data-district="saryagash"] .group-count').textContent(),
    ).resolves.toBe(String(both));
    expect(await page.locator('.district-jump li:not([hidden])').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?district=saryagash&type=rural-outpatient-clinic');
    // A reload (or a shared link) shows the same list.
    await page.reload();
    await page.locator('#facility-filters').waitFor({ state: 'visible' });
    expect(await page.locator('#filter-type').inputValue()).toBe('rural-outpatient-clinic');
    expect(await visibleEntries(page).count()).toBe(both);
    expect(external.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    await context.close();
  });
});

describe('the map on the real data: settlements', () => {
  it('every language shows a Leaflet map with one approximate marker per sourced settlement, with tiles blocked', async () => {
    for (const lang of ['ru', 'uz', 'tg', 'ky', 'en']) {
      const { page, context, external } = await openPhone(browser, baseUrl);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(at(baseUrl, `/${lang}/map/`));
      await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
      expect(await page.locator('#facility-map').isVisible()).toBe(true);
      const counts = (
        await page.locator('#facility-map .settlement-marker > span:first-child').allTextContents()
      ).map(Number);
      expect(counts.length).toBe(realSettlements.size);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(realPlaced.filter((f) => !f.position).length);
      expect(await page.locator('#facility-map .facility-marker').count()).toBe(
        realPlaced.filter((f) => f.position).length,
      );
      expect(await page.locator('.map-legend li').count()).toBeGreaterThan(0);
      await page.locator('.tiles-failed').waitFor({ state: 'visible' });
      expect(external.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('a settlement marker says it is approximate and links to each facility there; nearest to me says "about … km"', async () => {
    const { page, context } = await openPhone(browser, baseUrl, {
      geolocation: { latitude: 41.5, longitude: 69.2 },
      permissions: ['geolocation'],
    });
    await page.goto(at(baseUrl, '/en/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    // For a reader of Latin script the town is named in Latin letters, as in the list entries.
    const marker = page
      .locator('#facility-map .settlement-marker')
      .filter({ hasText: 'Saryagash' });
    expect(await marker.getAttribute('title')).toMatch(/^Saryagash: facilities — 2 \(approximate/);
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.locator('.settlement-popup').waitFor();
    await expect(
      page.locator('.settlement-popup .facility-position').textContent(),
    ).resolves.toMatch(/not the building/);
    const links = await page
      .locator('.settlement-popup a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(
      real
        .filter((f) => f.settlement?.id === 'saryagash' && !f.position)
        .map((f) => `#${f.id}`)
        .sort(),
    );
    await page.getByRole('button', { name: 'Nearest to me' }).click();
    const first = page.locator('#facility-nearest .facility-distance').first();
    await first.waitFor();
    // Saryagash centre is about 7 km from this point: the distance is to the town centre, in whole km.
    await expect(first.textContent()).resolves.toMatch(
      /^about \d+ km \(to the centre of Saryagash\)$/,
    );
    await context.close();
  });

  // The page carries only the Leaflet modules it uses (src/client/leaflet.ts): every way to move the
  // map must still be there. The gap between two settlement markers grows when the map zooms in.
  it('zooms with its buttons, the keyboard, a double click, the wheel and a shift-drag box, pans by dragging, and credits the tiles', async () => {
    const { page, context } = await openPhone(browser, baseUrl);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at(baseUrl, '/ru/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    const markers = page.locator('#facility-map .settlement-marker');
    const centre = async (i: number) => {
      const b = (await markers.nth(i).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const gap = async () => {
      const [a, b] = [await centre(0), await centre(1)];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    // Each step waits for the zoom animation to end and the markers to be redrawn.
    const changes = async (act: () => Promise<void>, grows: boolean) => {
      const before = await gap();
      await act();
      await expect
        .poll(async () => (grows ? (await gap()) > before * 1.3 : (await gap()) < before / 1.3), {
          timeout: 5000,
        })
        .toBe(true);
      await page.waitForTimeout(400);
    };
    const canvas = page.locator('#facility-map .facility-map-canvas');
    // Mouse actions go to points on the screen: the map must be on it (it fits a phone's screen).
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // A point of the map's background, clear of markers, their names and the controls.
    const background = () =>
      page.evaluate(
        ([x0, y0, w, h]) => {
          for (let y = y0 + h * 0.2; y < y0 + h * 0.9; y += 12) {
            for (let x = x0 + w * 0.15; x < x0 + w * 0.85; x += 12) {
              const hit = document.elementFromPoint(x, y);
              if (
                hit?.closest('.facility-map-canvas') &&
                !hit.closest('.leaflet-marker-icon, .leaflet-control, .leaflet-popup')
              )
                return { x, y };
            }
          }
          throw new Error('no free spot on the map');
        },
        [box.x, box.y, box.width, box.height],
      );
    await changes(() => page.locator('.leaflet-control-zoom-out').click(), false);
    await changes(() => page.locator('.leaflet-control-zoom-in').click(), true);
    await canvas.focus();
    await changes(() => page.keyboard.press('-'), false);
    await changes(() => page.keyboard.press('+'), true);
    await changes(async () => {
      const spot = await background();
      await page.mouse.dblclick(spot.x, spot.y);
    }, true);
    await changes(async () => {
      await page.mouse.move(mid.x, mid.y);
      await page.mouse.wheel(0, 300);
    }, false);
    await changes(async () => {
      const corner = await background();
      const end = {
        x: Math.min(corner.x + 120, box.x + box.width - 10),
        y: Math.min(corner.y + 120, box.y + box.height - 10),
      };
      await page.keyboard.down('Shift');
      await page.mouse.move(corner.x, corner.y);
      await page.mouse.down();
      await page.mouse.move((corner.x + end.x) / 2, (corner.y + end.y) / 2, { steps: 5 });
      await page.mouse.move(end.x, end.y, { steps: 5 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
    }, true);
    // Dragging moves the markers with the map; so do the arrow keys.
    const start = await centre(0);
    const from = await background();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 30, from.y - 20, { steps: 5 });
    await page.mouse.move(from.x - 60, from.y - 40, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => (await centre(0)).x, { timeout: 5000 })
      .toBeLessThan(start.x - 30);
    // Leaflet ignores the arrow keys while a pan (the drag's inertia) is still moving the map: wait until
    // the markers stand still.
    let dragged = await centre(0);
    await expect
      .poll(
        async () => {
          const now = await centre(0);
          const still = now.x === dragged.x && now.y === dragged.y;
          dragged = now;
          return still;
        },
        { timeout: 5000, interval: 200 },
      )
      .toBe(true);
    await canvas.focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await centre(0)).x, { timeout: 5000 })
      .toBeGreaterThan(dragged.x + 30);
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain(
      'OpenStreetMap',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the map, on a build with synthetic located facilities', () => {
  it('shows one marker per located facility, and says why the map is blank when tiles are blocked', async () => {
    // openPhone blocks every other host, the tile host included: that is the "tiles blocked" case.
    const { page, context, external } = await openPhone(browser, few.url);
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (
        m.type() === 'error' &&
        !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())
      )
        errors.push(m.text());
    });
    await page.goto(at(few.url, '/ru/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    const located = await page.locator('#facility-list .facility[data-lat]').count();
    expect(located).toBe(FEW);
    expect(await page.locator('#facility-map .facility-marker').count()).toBe(located);
    expect(await page.locator('#facility-map .settlement-marker').count()).toBe(
      realSettlements.size,
    );
    await page.locator('.tiles-failed').waitFor({ state: 'visible' });
    await expect(page.locator('.tiles-failed').textContent()).resolves.toMatch(
      /Фон карты не загрузился/,
    );
    await expect(page.locator('[data-map-state="partial"]').textContent()).resolves.toContain(
      `${FEW + realPlaced.length} из ${real.length + FEW}`,
    );
    // A marker, reached with the keyboard (markers sit close together on a small screen), opens a
    // popup with the same facts as the list entry.
    await page.locator('#facility-map .facility-marker').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup-content .facility-name').waitFor();
    expect(await page.locator('.leaflet-popup-content .directions a[href^="geo:"]').count()).toBe(
      1,
    );
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
    const locatedShown = await page
      .locator('#facility-list .facility[data-lat]:not([hidden])')
      .count();
    expect(locatedShown).toBeGreaterThan(0);
    expect(locatedShown).toBeLessThan(FEW);
    expect(await page.locator('#facility-map .facility-marker').count()).toBe(locatedShown);
    // Saryagash's own settlement marker stays, counting only its facilities; Shymkent's goes.
    expect(await page.locator('#facility-map .settlement-marker').allTextContents()).toEqual([
      `${real.filter((f) => f.district === 'saryagash' && f.settlement && !f.position).length}Сарыагаш`,
    ]);
    expect(
      await page
        .locator('#facility-list .facility:not([hidden])')
        .evaluateAll((els) => els.every((e) => e.getAttribute('data-district') === 'saryagash')),
    ).toBe(true);
    await context.close();
  });

  it('"nearest to me" sorts located facilities by distance, computed on the phone', async () => {
    const { page, context, external } = await openPhone(browser, few.url, {
      geolocation: { latitude: 42.3, longitude: 69.6 },
      permissions: ['geolocation'],
    });
    await page.goto(at(few.url, '/en/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Nearest to me' }).click();
    await page.locator('#facility-nearest').waitFor({ state: 'visible' });
    const km = await page.locator('#facility-nearest .facility-distance').allTextContents();
    expect(km.length).toBe(Math.min(10, FEW));
    const values = km.map(kmOf);
    // Sorted by the distance itself; rounding may put "about 2 km" after "2.4 km".
    for (let i = 1; i < values.length; i++)
      expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] - 1);
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
    const cluster = page
      .locator('#facility-map .marker-cluster')
      .filter({ hasText: new RegExp(`^${biggest}$`) })
      .first();
    expect(await cluster.getAttribute('title')).toBe(
      `Учреждений здесь: ${biggest}. Нажмите, чтобы приблизить карту.`,
    );
    await cluster.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => {
        const counts = [...document.querySelectorAll('#facility-map .marker-cluster span')].map(
          (e) => Number(e.textContent),
        );
        return counts.length > 0 && Math.max(...counts) < n;
      },
      biggest,
      { timeout: 10_000 },
    );
    const after = (
      await page.locator('#facility-map .marker-cluster span').allTextContents()
    ).reduce((s, n) => s + Number(n), 0);
    expect(
      after + (await page.locator('#facility-map .leaflet-marker-icon.facility-marker').count()),
    ).toBeLessThan(MANY);
    await context.close();
  });
});

describe('the map pages with markers, clusters and popups', () => {
  it('have no axe-core violations of WCAG 2.2 A/AA', async () => {
    const violations: string[] = [];
    for (const [root, path] of [
      [baseUrl, '/ky/map/'],
      [few.url, '/ru/map/'],
      [many.url, '/uz/map/'],
      [many.url, '/tg/map/saryagash/'],
    ] as const) {
      const { page, context } = await openPhone(browser, root, { bypassCSP: true });
      await page.goto(at(root, path));
      if (await page.locator('#facility-map').count()) {
        await page
          .locator('#facility-map[data-ready]')
          .waitFor({ state: 'attached', timeout: 30_000 });
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
      violations.push(
        ...(await axeViolations(
          page,
          (rule, node) => rule === 'target-size' && /\bfacility-marker\b/.test(node.html),
        )),
      );
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});

describe(`above ${listOnMapPageMax} facilities, the map page lists districts`, () => {
  it('with JavaScript off, the district pages together hold every facility in full', async () => {
    const { page, context, external } = await openPhone(browser, many.url, {
      javaScriptEnabled: false,
    });
    await page.goto(at(many.url, '/ru/map/'));
    expect(await page.locator('#facility-list .facility').count()).toBe(0);
    expect(await page.locator('.free-care a[href^="tel:103"]').count()).toBe(1);
    const links = await page
      .locator('#facility-districts a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    const { page, context, external } = await openPhone(browser, many.url, {
      geolocation: { latitude: 42.3, longitude: 69.6 },
      permissions: ['geolocation'],
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(at(many.url, '/en/map/'));
    await page.locator('#facility-map[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const counted = async () =>
      (
        await page.locator('#facility-districts li:not([hidden]) .district-count').allTextContents()
      ).reduce((s, n) => s + Number(n.replace(/\D/g, '')), 0);
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
