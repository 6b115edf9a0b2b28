/**
 * A view as golden JSON (Observable Framework's test/input → test/output): what a page shows,
 * written to a file beside its test, so a change to a page is a reviewed diff of that file.
 * Regenerated only on purpose: `npx vitest run --config tests/vitest.config.ts --project unit -u`.
 *
 * A view holds objects of the model (a notice, its figures, a locality …), which point at each
 * other. Each is written as its kind and id (`"figure:2024-04-trang-dinh/f-12"`), so the file
 * says which ones a page shows, and in which order, without copying the whole model into it.
 */
import type { SiteData } from '../../src/site/site-data.ts';
import { LOCATOR_WIDTH } from '../../src/site/map/locator-svg.ts';
import { dataScopePath } from '../../src/site/urls.ts';

/** Every object of the model and the site data a view may point at, with its name in golden files. */
function entityNames(site: SiteData): Map<object, string> {
  const { model } = site;
  const names = new Map<object, string>();
  const add = (kind: string, list: Iterable<object>, id: (x: never) => string): void => {
    for (const x of list) names.set(x, `${kind}:${id(x as never)}`);
  };
  add('locality', model.localities, (l: { id: string }) => l.id);
  add('agency', model.agencies, (a: { id: string }) => a.id);
  add('indicator', model.indicators, (i: { id: string }) => i.id);
  add('issuer', model.issuers, (i: { id: string }) => i.id);
  add('ntm-criterion', model.ntmCriteria, (c: { id: string }) => c.id);
  add('notice', model.notices, (n: { id: string }) => n.id);
  const inNotice = (x: { notice: { id: string }; id: string }): string => `${x.notice.id}/${x.id}`;
  add('figure', model.figures, inNotice);
  add('directive', model.directives, inNotice);
  add('proposal', model.proposals, inNotice);
  add('finding', model.findings, inNotice);
  add('criterion-status', model.criteria, (c: { notice: { id: string }; criterion: { id: string }; locality: { id: string } }) => `${c.notice.id}/${c.locality.id}/${c.criterion.id}`);
  add('locality-record', site.localities.values(), (r: { locality: { id: string } }) => r.locality.id);
  add('indicator-record', site.indicators.values(), (r: { indicator: { id: string } }) => r.indicator.id);
  add('tracker-item', site.items, (i: { anchor: string }) => i.anchor);
  // Whole lists a view passes on to its components, named once.
  names.set(site.localities, 'site:localities');
  names.set(site.indicators, 'site:indicators');
  names.set(model.indicators, 'model:indicators');
  names.set(model.ntmCriteria, 'model:ntm-criteria');
  names.set(model.reform, 'model:reform');
  names.set(site.mapGeometry(LOCATOR_WIDTH), `map-geometry:${LOCATOR_WIDTH}`);
  add('download', site.slices, (s: { table: { name: string }; scope: Parameters<typeof dataScopePath>[0] }) => `${dataScopePath(s.scope)}${s.table.name}`);
  return names;
}

/** `value` as stable, indented JSON, each object of the model or site data named, not copied. */
export function goldenJson(value: unknown, site: SiteData): string {
  const names = entityNames(site);
  const open = new Set<object>();
  const plain = (v: unknown): unknown => {
    if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
    if (v === null || typeof v !== 'object') return v;
    const name = names.get(v);
    if (name !== undefined) return name;
    if (open.has(v)) throw new Error('goldenJson: a cycle through an object that is not of the model');
    open.add(v);
    try {
      if (v instanceof Map) return { Map: [...v.entries()].map(([k, x]) => [plain(k), plain(x)]) };
      if (v instanceof Set) return { Set: [...v].map(plain) };
      if (Array.isArray(v)) return v.map(plain);
      return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, plain(x)]));
    } finally {
      open.delete(v);
    }
  };
  return `${JSON.stringify(plain(value), null, 2)}\n`;
}
