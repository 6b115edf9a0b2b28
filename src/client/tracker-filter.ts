/**
 * Filters the tracker list in the browser: shows the form, hides items that do not match, says
 * how many are shown, and keeps the choice in the address (?dia-phuong=180&trang-thai=qua-han)
 * so a filtered view can be shared. Without this script the whole list shows.
 */
const KEYS = { 'dia-phuong': 'localities', 'co-quan': 'agencies', 'trang-thai': 'status', nam: 'year' } as const;

export function enhanceTrackerFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-tp-filters]');
  const count = document.querySelector<HTMLElement>('[data-tp-count]');
  const items = [...document.querySelectorAll<HTMLElement>('[data-status]')];
  if (!form || !count) return;
  const params = new URLSearchParams(location.search);
  for (const name of Object.keys(KEYS)) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const wanted = params.get(name);
    if (select && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  const apply = (): void => {
    const chosen = Object.entries(KEYS)
      .map(([name, key]) => [key, (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? ''] as const)
      .filter(([, value]) => value !== '');
    let shown = 0;
    for (const item of items) {
      const match = chosen.every(([key, value]) => (item.dataset[key] ?? '').split(' ').includes(value));
      item.toggleAttribute('data-tp-hidden', !match);
      if (match) shown += 1;
    }
    count.textContent = (count.dataset['template'] ?? '{shown}/{total}').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    const query = new URLSearchParams(chosen.map(([key, value]) => [Object.keys(KEYS).find((n) => KEYS[n as keyof typeof KEYS] === key)!, value]));
    history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
