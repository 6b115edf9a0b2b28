/**
 * The path the site is served under: `/` (the default), or `/tinh-cao-bang/` when one province
 * of a national edition is built into its own folder of a merged site (issue 14). Set by
 * `TP_BASE` at build time and given to Astro's `base` (astro.config.mjs), which prefixes the
 * files it bundles; every address the site writes itself goes through {@link withBase}
 * (site/urls.ts), and the Node scripts that read a build (PDFs) take it off with
 * {@link withoutBase}. Read from the environment rather than `import.meta.env.BASE_URL` so that
 * astro.config.mjs, the pages and the scripts share one rule.
 *
 * With the default base every address is what it was before the option existed.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** Folder names of a base path: lower-case letters, digits and hyphens, as the slugs are. */
const BASE = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/;

/**
 * A path given in the environment, with one leading and one trailing slash (`tinh-04` →
 * `/tinh-04/`); `/` when unset. Throws on anything that is not a plain folder path.
 */
function folderPath(name: string, env: Env): string {
  const raw = env[name]?.trim() ?? '';
  const path = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!BASE.test(path)) throw new Error(`${name}="${raw}" is not a base path: expected folders of a-z, 0-9 and -, such as /tinh-cao-bang/`);
  return path;
}

/** The base path of this build: `/` or `/<folder>/…/`. */
export function basePath(env: Env = process.env): string {
  return folderPath('TP_BASE', env);
}

/**
 * Where the search index lives and what its result addresses are relative to: the site's base,
 * or (`TP_SEARCH_ROOT=/`) the root of a merged national site, whose one index spans every
 * province's folder.
 */
export function searchRoot(env: Env = process.env): string {
  return env['TP_SEARCH_ROOT'] === undefined ? basePath(env) : folderPath('TP_SEARCH_ROOT', env);
}

/** `/dia-phuong/x/` under the base: `/tinh-04/dia-phuong/x/`; unchanged under `/`. */
export function withBase(path: string, base: string = basePath()): string {
  if (!path.startsWith('/')) throw new Error(`withBase("${path}"): a site path starts with /`);
  return base === '/' ? path : `${base}${path.slice(1)}`;
}

/** The site path of an address under the base (`/tinh-04/x/` → `/x/`), or null when it is not under it. */
export function withoutBase(address: string, base: string = basePath()): string | null {
  if (base === '/') return address.startsWith('/') ? address : null;
  if (address === base.slice(0, -1)) return '/';
  return address.startsWith(base) ? `/${address.slice(base.length)}` : null;
}
