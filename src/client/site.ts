// Small improvements for browsers that can use them, on every page (the pages work without):
// registers the service worker (offline reading), runs the "Save for offline" button, and adds
// "copy link" and the phone's own share sheet to the share links. Strings come from the page.
import { formatSize } from '../lib/site/format.ts';

const base = (import.meta.env.BASE_URL as string).replace(/\/?$/, '/');
const canWork = 'serviceWorker' in navigator && 'caches' in window;

if (canWork) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    /* no offline copy; the site still works */
  });
  document.querySelectorAll<HTMLElement>('[data-save-offline]').forEach(setupSave);
}
document.querySelectorAll<HTMLElement>('[data-share]').forEach(setupShare);

interface Bundle {
  files: { url: string; bytes: number }[];
  bytes: number;
}

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
}

/** Asks the worker (Workbox's CACHE_URLS message) to fetch and keep a few files; resolves when done. */
function cacheUrls(worker: ServiceWorker, urls: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('timeout')), 45_000);
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      resolve();
    };
    worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }, [channel.port2]);
  });
}

/**
 * Whether a file is now on the phone. Workbox answers CACHE_URLS when the responses are fetched; the
 * cache write finishes a moment later, so look a few times before calling it a failure.
 */
async function stored(url: string): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    if (await caches.match(url)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function setupSave(el: HTMLElement) {
  const s = JSON.parse(el.dataset.strings ?? '{}') as Record<string, string>;
  const start = el.querySelector<HTMLButtonElement>('[data-save-start]')!;
  const confirm = el.querySelector<HTMLElement>('[data-save-confirm]')!;
  const go = el.querySelector<HTMLButtonElement>('[data-save-go]')!;
  const bar = el.querySelector<HTMLProgressElement>('progress')!;
  const status = el.querySelector<HTMLElement>('[data-save-status]')!;
  let bundle: Bundle | undefined;
  el.hidden = false;

  start.addEventListener('click', async () => {
    status.textContent = '';
    try {
      bundle = (await (await fetch(el.dataset.manifest!, { cache: 'no-cache' })).json()) as Bundle;
    } catch {
      status.textContent = s.failed;
      return;
    }
    const size = formatSize(bundle.bytes, document.documentElement.lang, { KB: s.kb, MB: s.mb });
    confirm.querySelector('p')!.textContent = fill(s.confirm, { size });
    confirm.hidden = false;
    go.focus();
  });

  go.addEventListener('click', async () => {
    if (!bundle) return;
    go.disabled = true;
    start.disabled = true;
    const urls = bundle.files.map((f) => f.url);
    bar.max = urls.length;
    bar.value = 0;
    bar.hidden = false;
    let done = 0;
    try {
      const reg = await navigator.serviceWorker.ready;
      for (let i = 0; i < urls.length; i += 6) {
        const batch = urls.slice(i, i + 6);
        await cacheUrls(reg.active!, batch);
        for (const u of batch) {
          if (!(await stored(u))) throw new Error(`not saved: ${u}`);
        }
        done += batch.length;
        bar.value = done;
        status.textContent = fill(s.progress, { done, total: urls.length });
      }
      status.textContent = s.done;
      el.dataset.saved = 'true';
    } catch (e) {
      console.warn(e);
      status.textContent = s.failed;
    } finally {
      go.disabled = false;
      start.disabled = false;
      confirm.hidden = true;
    }
  });
}

function setupShare(el: HTMLElement) {
  const url = el.dataset.url!;
  const title = el.dataset.title ?? document.title;
  const status = el.querySelector<HTMLElement>('[data-share-status]')!;
  const device = el.querySelector<HTMLElement>('[data-share-device]');
  const copy = el.querySelector<HTMLElement>('[data-share-copy]');
  if (device && typeof navigator.share === 'function') {
    device.hidden = false;
    device.querySelector('button')!.addEventListener('click', () => {
      navigator.share({ title, url }).catch(() => {});
    });
  }
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.querySelector('button')!.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = el.dataset.copied ?? '';
      } catch {
        /* the links above still work */
      }
    });
  }
}
