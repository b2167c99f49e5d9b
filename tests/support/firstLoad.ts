/**
 * Measures a page's first load the way a migrant's phone experiences it: a fresh browser context, a
 * slow link and a slow CPU (Chrome DevTools Protocol), counting the bytes actually transferred
 * (compressed) per resource type, and the first contentful paint.
 */
import type { Browser } from 'playwright-core';

export interface FirstLoad {
  bytes: number;
  fcpMs: number;
  byType: Record<string, number>;
  requests: number;
}

export async function measureFirstLoad(
  browser: Browser,
  url: string,
  { kbitPerSecond = 400, rttMs = 400, cpuSlowdown = 4 } = {},
): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: rttMs,
    downloadThroughput: (kbitPerSecond * 1000) / 8,
    uploadThroughput: (kbitPerSecond * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) =>
    types.set(e.requestId, e.type.toLowerCase()),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const type = types.get(e.requestId) ?? 'other';
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
    bytes += e.encodedDataLength;
    requests++;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(300);
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await context.close();
  return { bytes, fcpMs, byType, requests };
}
