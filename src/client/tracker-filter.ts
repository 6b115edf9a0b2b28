/**
 * Filters the tracker list in the browser: shows the form, hides items that do not match, says
 * how many are shown (or that none is, with a button that clears the filters), keeps the list's
 * heading and each option's count in step with the choice (an option counts the items it would
 * show with the other filters as they are), and keeps the choice in the address
 * (?dia-phuong=180&trang-thai=qua-han) so a filtered view can be shared. Without this script the
 * whole list shows.
 */
const KEYS = { 'dia-phuong': 'localities', 'co-quan': 'agencies', 'trang-thai': 'status', nam: 'year' } as const;
type Name = keyof typeof KEYS;

const fill = (template: string, values: Record<string, string | number>): string =>
  Object.entries(values).reduce((text, [key, value]) => text.replace(`{${key}}`, String(value)), template);

export function enhanceTrackerFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-tp-filters]');
  const count = document.querySelector<HTMLElement>('[data-tp-count]');
  const items = [...document.querySelectorAll<HTMLElement>('[data-status]')];
  if (!form || !count) return;
  const reset = form.querySelector<HTMLElement>('[data-tp-reset]');
  const heading = document.querySelector<HTMLElement>('[data-tp-list-heading]');
  const headingText = heading?.textContent ?? '';
  const controls = (Object.keys(KEYS) as Name[])
    .map((name) => ({ name, key: KEYS[name], select: form.elements.namedItem(name) as HTMLSelectElement | null }))
    .filter((c): c is { name: Name; key: (typeof KEYS)[Name]; select: HTMLSelectElement } => c.select !== null);
  const params = new URLSearchParams(location.search);
  for (const { name, select } of controls) {
    const wanted = params.get(name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  const has = (item: HTMLElement, key: string, value: string): boolean => (item.dataset[key] ?? '').split(' ').includes(value);

  const apply = (): void => {
    const chosen = controls.filter((c) => c.select.value !== '');
    const matching = (except?: string): HTMLElement[] => items.filter((item) => chosen.every((c) => c.key === except || has(item, c.key, c.select.value)));
    const shown = new Set(matching());
    for (const item of items) item.toggleAttribute('data-tp-hidden', !shown.has(item));
    for (const { key, select } of controls) {
      const others = matching(key);
      for (const option of select.options) {
        if (!option.value) continue;
        option.textContent = fill(form.dataset['optionTemplate'] ?? '{name} ({count})', { name: option.dataset['name'] ?? option.value, count: others.filter((item) => has(item, key, option.value)).length });
      }
    }
    const empty = shown.size === 0 && chosen.length > 0;
    count.textContent = fill((empty ? count.dataset['empty'] : count.dataset['template']) ?? '{shown}/{total}', { shown: shown.size, total: items.length });
    if (reset) reset.hidden = chosen.length === 0;
    if (heading) heading.textContent = chosen.length > 0 ? fill(heading.dataset['filtered'] ?? headingText, { shown: shown.size }) : headingText;
    const query = new URLSearchParams(chosen.map((c) => [c.name, c.select.value]));
    history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  reset?.querySelector('button')?.addEventListener('click', () => {
    for (const { select } of controls) select.value = '';
    apply();
    // The button hides itself: the reader goes on from the first filter.
    controls[0]?.select.focus();
  });
  form.hidden = false;
  apply();
}
