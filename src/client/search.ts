// The search page's behaviour: loads Pagefind (only here, only when this page opens) and runs the
// query from ?q= in the reader's language, or in all languages when asked. Without JavaScript the page
// shows its <noscript> message instead; strings come from the page (data-strings), never from here.
import { restoreUzbekMarks } from '../lib/search/normalise.ts';
import {
  boostChapters,
  CHAPTER_KIND,
  KIND_FILTER,
  mergeResults,
  queryForms,
  sumResults,
  wordsOf,
} from '../lib/search/query.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Found {
  id: string;
  score: number;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Found[] }>;
}

/** Fixed, so Pagefind's meta files have one address the offline copy can keep (Pagefind#59). */
export const META_CACHE_TAG = 'mg';
const PAGE = 5;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void run(root);

async function run(el: HTMLElement) {
  const s = JSON.parse(el.dataset.strings ?? '{}') as Record<string, string>;
  const langs = JSON.parse(el.dataset.langs ?? '{}') as Record<
    string,
    { htmlLang: string; name: string }
  >;
  const base = el.dataset.base ?? '/';
  const own = el.dataset.lang ?? '';
  const endings = JSON.parse(el.dataset.endings ?? '[]') as string[];
  const form = el.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const all = form.querySelector<HTMLInputElement>('input[name="all"]')!;
  const status = el.querySelector<HTMLElement>('[data-search-status]')!;
  const list = el.querySelector<HTMLOListElement>('[data-search-results]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  all.checked = params.get('all') === '1';
  const moreButton = el.querySelector<HTMLButtonElement>('[data-search-more]')!;
  moreButton.addEventListener('click', () => {
    void more();
  });
  let pending: Found[] = [];
  let shownCount = 0;
  let total: number | undefined;
  let pagefind: Pagefind | undefined;
  let merged = false;

  async function load(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    const url = `${base}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: one file less to download and to keep offline.
    await pf.options({ noWorker: true, metaCacheTag: META_CACHE_TAG, excerptLength: 24 });
    await pf.init();
    pagefind = pf;
    return pf;
  }

  async function go() {
    const forms = queryForms(input.value, own, endings);
    list.replaceChildren();
    moreButton.hidden = true;
    if (!forms.length) {
      status.textContent = '';
      return;
    }
    status.textContent = s.searching;
    try {
      const pf = await load();
      if (all.checked && !merged) {
        // Pagefind skips merging a path equal to its own; the absolute address is the same index files.
        const abs = new URL(`${base}pagefind/`, location.href).href;
        for (const [code, l] of Object.entries(langs)) {
          if (code !== own)
            await pf.mergeIndex(abs, {
              language: l.htmlLang.toLowerCase(),
              metaCacheTag: META_CACHE_TAG,
            });
        }
        merged = true;
      }
      // The typed query, its Uzbek Latin form and its cut-off form (see lib/search/query.ts), one list.
      // Each search also asks which results are chapters, to put them above videos and lists.
      const find = async (q: string) => {
        const [every, chapters] = await Promise.all([
          pf.search(q),
          pf.search(q, { filters: { [KIND_FILTER]: CHAPTER_KIND } }),
        ]);
        return boostChapters(every.results, new Set(chapters.results.map((r) => r.id)));
      };
      let found = mergeResults(await Promise.all(forms.map(find)));
      if (!found.length) found = sumResults(await Promise.all(wordsOf(forms).map(find)));
      // Pagefind only knows a result's address after loading its fragment (a few KB each), so results
      // come in pages of five: a first search stays small on a slow, paid connection.
      pending = found;
      // Exact when every result is of the wanted language(s); otherwise counted as they are shown.
      total = all.checked || !merged ? found.length : undefined;
      shownCount = 0;
      await more();
      if (!shownCount) status.textContent = s.none;
    } catch {
      status.textContent = '';
      el.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden = false;
    }
  }

  async function more() {
    const next = pending.splice(0, PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    // With "all languages" off, results of other languages (merged earlier) are left out.
    for (const d of data) {
      if (!all.checked && langOf(d.url) !== own) continue;
      list.append(item(d));
      shownCount++;
    }
    if (shownCount) status.textContent = s.count.replace('{n}', String(total ?? shownCount));
    moreButton.hidden = pending.length === 0;
    if (!shownCount && pending.length) await more();
  }

  function langOf(url: string): string {
    const seg = url.startsWith(base) ? url.slice(base.length).split('/')[0] : '';
    return seg;
  }

  function item(d: PagefindResult): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const code = langOf(d.url);
    a.href = d.url;
    a.textContent =
      code === 'uz' ? restoreUzbekMarks(d.meta.title ?? d.url) : (d.meta.title ?? d.url);
    li.append(a);
    if (code !== own && langs[code]) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.lang = langs[code].htmlLang;
      tag.textContent = langs[code].name;
      li.append(' ', tag);
    }
    const p = document.createElement('p');
    // Pagefind's excerpt is the page's own text, escaped, with <mark> around the words found; on Uzbek
    // pages the index holds ’ for oʻ/gʻ and ʼ (searchNormalise.ts), put back here.
    p.innerHTML = code === 'uz' ? restoreUzbekMarks(d.excerpt) : d.excerpt;
    li.append(p);
    return li;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URL(location.href);
    next.searchParams.set('q', input.value);
    if (all.checked) next.searchParams.set('all', '1');
    else next.searchParams.delete('all');
    history.replaceState(null, '', next);
    void go();
  });
  all.addEventListener('change', () => {
    if (input.value.trim()) form.requestSubmit();
  });
  if (input.value.trim()) void go();
}
