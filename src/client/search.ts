/**
 * The search page: Pagefind's UI (loaded before this module by /pagefind/pagefind-ui.js, which
 * defines the global PagefindUI) with a labelled search box and results with sub-results
 * (headings) for long pages. A bundled module, not an inline script, so the Content-Security-
 * Policy needs no 'unsafe-inline' (docs/deployment.md, "Content-Security-Policy").
 */

interface PagefindSubResult {
  excerpt?: string;
}
interface PagefindResult {
  excerpt?: string;
  sub_results?: PagefindSubResult[];
}
interface PagefindUIOptions {
  element: string;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
  processTerm: (term: string) => string;
  processResult: (result: PagefindResult) => PagefindResult;
}
declare global {
  // Pagefind's UI bundle is a classic script that sets this global.
  var PagefindUI: new (options: PagefindUIOptions) => { triggerSearch: (term: string) => void };
}

/** The maps src/site/search-terms.ts writes into the page (a JSON data block, never run). */
interface SearchTerms {
  names: Record<string, string>;
  words: Record<string, string>;
  /** Every unit, the current ones first (src/site/search-terms.ts, unitEntries). */
  units: { keys: string[]; name: string; url: string; era: string }[];
}

/** Lists the units whose name is the query, above Pagefind's results; hidden when none is. */
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

export function startSearch(): void {
  const data = document.getElementById('tp-search-terms')?.textContent;
  const terms: SearchTerms = data ? (JSON.parse(data) as SearchTerms) : { names: {}, words: {}, units: [] };
  // As src/site/search-terms.ts folds a query: lower case, no diacritics, đ as d, one space.
  const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
  // "trang dinh" searches as "tràng định"; "dinh" alone as "đinh": Pagefind folds tone marks but not đ.
  const processTerm = (term: string): string => {
    showUnitMatches(terms.units, fold(term));
    return terms.names[fold(term)] ?? term.split(/(\s+)/).map((w) => (/đ/i.test(w) ? w : terms.words[w.toLowerCase()] ?? w)).join('');
  };
  // Excerpts never show the hidden diacritic-free copy of a page's names (between ⟦ ⟧).
  const strip = (html: string | undefined): string =>
    (html ?? '').replace(/⟦[^⟧]*⟧/g, ' ').replace(/^[^⟦]*⟧/, '').replace(/⟦[^⟧]*$/, '').replace(/\s+/g, ' ').trim();
  const processResult = (result: PagefindResult): PagefindResult => {
    result.excerpt = strip(result.excerpt);
    for (const sub of result.sub_results ?? []) sub.excerpt = strip(sub.excerpt);
    return result;
  };
  const ui = new PagefindUI({ element: '#tim-kiem', showSubResults: true, showImages: false, resetStyles: false, processTerm, processResult });
  // Pagefind's box has only a title; give it the visible label above.
  const labelInput = (): void => {
    const input = document.querySelector('#tim-kiem .pagefind-ui__search-input');
    const label = document.querySelector<HTMLLabelElement>('.tp-search-page__label');
    if (input) {
      input.id = 'tim-kiem-q';
      if (label) label.hidden = false;
    } else requestAnimationFrame(labelInput);
  };
  labelInput();
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
