/**
 * The search page: a labelled search box and a list of results, drawn by this module with
 * Pagefind's search API (pagefind.js, served beside the index: data-bundle on #tim-kiem). Its own
 * list, not Pagefind's UI, for three things the UI cannot do: pages where the query stands as a
 * phrase come before pages that only hold its words; the results read in the site's own font and
 * style; excerpts are built as text (with <mark>), never taken as markup. A bundled module, not an
 * inline script, so the Content-Security-Policy needs no 'unsafe-inline' (docs/deployment.md).
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  /** `ten-khac`: the other names of a unit (those merged into it, what it became), folded, joined by " · " (src/site/search-terms.ts). */
  meta: { title?: string; 'ten-khac'?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** The maps and words src/site/search-terms.ts writes into the page (a JSON data block, never run). */
interface SearchTerms {
  names: Record<string, string>;
  words: Record<string, string>;
  /** Every unit, the current ones first (src/site/search-terms.ts, unitEntries). */
  units: { keys: string[]; name: string; url: string; era: string }[];
  /** The page's sentences ({n}, {q} filled in here). */
  text: { found: string; none: string; sections: string };
}

/** Results shown at first, and added by each press of "more". */
const PAGE = 10;
/** Sections of a long page shown under it (Pagefind's sub-results: the headings the query is under). */
const SECTIONS = 3;
/**
 * Ranking (Pagefind's defaults but one): every query word is also matched as the start of longer
 * words ("qua" finds "quan"), so a word of exactly the typed length counts for more than one that
 * merely starts with it (termSimilarity 1.0 → 4.0; https://pagefind.app/docs/ranking/).
 */
const RANKING = { termSimilarity: 4.0 };

/** Lists the units whose name is the query, above the results; hidden when none is. */
function showUnitMatches(units: SearchTerms['units'], key: string): void {
  const box = document.getElementById('tp-unit-matches');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  const matches = units.filter((u) => u.keys.includes(key));
  list.replaceChildren(
    ...matches.map((u) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = u.url;
      link.textContent = u.name;
      item.append(link, ` — ${u.era}`);
      return item;
    }),
  );
  box.hidden = matches.length === 0;
}

/** Pagefind's excerpt as nodes: its text, and its <mark> around the words found; nothing else of it. */
function excerptNodes(html: string): Node[] {
  // An inert document: nothing in it runs or loads; only its text and its <mark>s are kept.
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: PagefindData, text: SearchTerms['text']): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'tp-search-result';
  const title = document.createElement('a');
  title.className = 'tp-search-result__link';
  title.href = data.url;
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'tp-search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(title, excerpt);
  // The sections of the page the query was found under, as Pagefind's UI shows them.
  const sections = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, SECTIONS);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'tp-search-result__sections';
    list.setAttribute('aria-label', text.sections.replace('{title}', title.textContent));
    for (const s of sections) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'tp-search-result__link';
      link.href = s.url;
      link.textContent = s.title;
      const p = document.createElement('p');
      p.className = 'tp-search-result__excerpt';
      p.append(...excerptNodes(s.excerpt));
      li.append(link, p);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Lower case, no diacritics, đ as d, words only (as src/site/search-terms.ts folds a query). */
export const fold = (text: string): string =>
  text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Pages of the phrase group whose title is looked at: the first of Pagefind's order. */
const TITLES_READ = 20;

/**
 * The results of a query, in three groups, each in Pagefind's order except the first:
 * 1. pages whose title holds the query as typed (its words together, in order), the title the
 *    query covers most first: "ban do" → "Bản đồ các huyện, thành phố" before "Bản đồ: Thu ngân
 *    sách nhà nước trên địa bàn", "xa that khe" → Xã Thất Khê before Thị trấn Thất Khê; then the
 *    units that hold it as another name: "chi minh" → Xã Chí Minh, then Xã Thất Khê (which it
 *    became) before the pages that only mention Chí Minh;
 * 2. the other pages where the query's words stand together (Pagefind's exact-phrase search,
 *    the query in quotes);
 * 3. the pages that hold its words apart.
 * Pagefind ranks words, not phrases: alone, "chí minh" ranked Xã Minh Khai (which says "chính"
 * and "Minh") above pages that name Xã Chí Minh.
 */
export async function ranked(pagefind: PagefindApi, term: string): Promise<PagefindResult[]> {
  const words = (await pagefind.search(term))?.results ?? [];
  const query = fold(term);
  if (!query.includes(' ')) return words;
  const phrase = (await pagefind.search(`"${term.replaceAll('"', ' ').trim()}"`))?.results ?? [];
  const together = new Set(phrase.map((r) => r.id));
  const inWords = new Set(words.map((r) => r.id));
  const second = [...words.filter((r) => together.has(r.id)), ...phrase.filter((r) => !inWords.has(r.id))];
  const looked = await Promise.all(
    second.slice(0, TITLES_READ).map(async (r) => {
      const { meta } = await r.data();
      return { r, title: fold(meta.title ?? ''), others: (meta['ten-khac'] ?? '').split(' · ').map(fold) };
    }),
  );
  const holds = (name: string): boolean => ` ${name} `.includes(` ${query} `);
  const share = (title: string): number => query.split(' ').length / title.split(' ').length;
  const byTitle = looked.filter(({ title }) => holds(title)).sort((a, b) => share(b.title) - share(a.title));
  const byOtherName = looked.filter((l) => !byTitle.includes(l) && l.others.some(holds));
  const first = [...byTitle, ...byOtherName].map(({ r }) => r);
  const firstIds = new Set(first.map((r) => r.id));
  return [...first, ...second.filter((r) => !firstIds.has(r.id)), ...words.filter((r) => !together.has(r.id))];
}

export async function startSearch(): Promise<void> {
  const root = document.getElementById('tim-kiem');
  const form = document.querySelector<HTMLFormElement>('.tp-search-page__form');
  const input = document.querySelector<HTMLInputElement>('#tim-kiem-q');
  const status = document.getElementById('tp-search-status');
  const list = document.getElementById('tp-search-results');
  const more = document.querySelector<HTMLButtonElement>('.tp-search-page__more');
  const data = document.getElementById('tp-search-terms')?.textContent;
  // The bundle's address comes from the page (site/urls.ts, pagefindUrl: under the base, or the national index).
  const bundle = root?.dataset['bundle'];
  if (!root || !bundle || !form || !input || !status || !list || !more || !data) return;
  const terms = JSON.parse(data) as SearchTerms;
  // As src/site/search-terms.ts folds a query: lower case, no diacritics, đ as d, one space.
  const foldQuery = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
  // "trang dinh" searches as "tràng định"; "dinh" alone as "đinh": Pagefind folds tone marks but not đ.
  const processTerm = (term: string): string =>
    terms.names[foldQuery(term)] ?? term.split(/(\s+)/).map((w) => (/đ/i.test(w) ? w : terms.words[w.toLowerCase()] ?? w)).join('');

  form.hidden = false;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
  await pagefind.options({ ranking: RANKING, excerptLength: 24, excerptEllipsis: '…' });

  let run = 0;
  let shown: PagefindResult[] = [];
  const showMore = async (): Promise<void> => {
    const mine = run;
    const next = shown.slice(list.children.length, list.children.length + PAGE);
    const items = await Promise.all(next.map(async (r) => resultItem(await r.data(), terms.text)));
    if (mine !== run) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
  };
  const search = async (query: string): Promise<void> => {
    const mine = ++run;
    const q = query.trim();
    showUnitMatches(terms.units, foldQuery(q));
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const results = q ? await ranked(pagefind, processTerm(q)) : [];
    if (mine !== run) return;
    shown = results;
    list.replaceChildren();
    more.hidden = true;
    await showMore();
    if (mine !== run) return;
    // Said once the first results are on screen (a status region: read out by screen readers).
    status.textContent = q === '' ? '' : (results.length > 0 ? terms.text.found : terms.text.none).replace('{n}', results.length.toLocaleString('vi-VN')).replace('{q}', q);
  };
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(input.value), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void search(input.value);
  });
  more.addEventListener('click', () => void showMore());
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    await search(q);
  }
}
