/**
 * The one way the model reaches pages. Pages (and endpoints, and the open-data integration) call
 * getSiteData(); layouts read what they show from `Astro.locals.frame`, which src/middleware/index.ts
 * sets from pageFrame(); components get props. Nothing else loads content/ for a page.
 *
 * Three things decide which model a call gets, all kept here:
 *
 * 1. **Dev server or build.** `astro dev` re-reads content/ on each request, so that an edit
 *    shows on reload; a build reads it once. Neither of Vite's flags says which alone:
 *
 *    | where                                   | `DEV`  | `MODE`        |
 *    | --------------------------------------- | ------ | ------------- |
 *    | `astro dev`                             | true   | `development` |
 *    | `astro build`, pages                    | false  | `production`  |
 *    | `astro build`, pages, NODE_ENV=test     | true   | `production`  |
 *    | `astro build`, integrations (config)    | false  | `development` |
 *    | vitest                                  | true   | `test`        |
 *
 *    A build started by the test runner had DEV set and rebuilt the model on every call, so the
 *    items of a page's props were not those whose status it looked up; taking MODE alone made
 *    the open-data integration load a second model (5 s and 400 MB more at 5,000 notices).
 *
 * 2. **The hand-off.** The content-validation integration loads and checks the model before
 *    the build (src/integrations/content-validation.ts); the pages use that same model. Astro
 *    runs the config's copy of this module and the bundled pages' copy in one process but as two
 *    modules, so module state cannot carry it: the model is handed over on `globalThis`, keyed
 *    by content folder (a build of another folder loads its own). Builds only.
 *
 * 3. **The cache.** Each copy of this module computes its SiteData once (compute-site-data.ts
 *    computes each part on first use).
 */
import { resolve } from 'node:path';
import type { Model } from '../domain/model.ts';
import type { PartialDate } from '../domain/vi-date.ts';
import { dataDate } from '../load/data-date.ts';
import { defaultContentDir, loadModel } from '../load/load-model.ts';
import { contentStamp } from '../load/content-stamp.ts';
import { computeSiteData, type SiteData } from './compute-site-data.ts';
import { reformResolutions } from './reform-eras.ts';

export type { SiteData } from './compute-site-data.ts';

/** Whether the code runs in `astro dev` rather than in a build (see the table above). */
export const inDevServer = (): boolean => import.meta.env?.DEV === true && import.meta.env.MODE === 'development';

const BUILD_MODEL = Symbol.for('tp.buildModel');
type Shared = typeof globalThis & { [BUILD_MODEL]?: { contentDir: string; model: Model } };

/** Hands the model the integration loaded from `contentDir` to this build's pages. */
export function shareBuildModel(contentDir: string, model: Model): void {
  (globalThis as Shared)[BUILD_MODEL] = { contentDir: resolve(contentDir), model };
}

/** The model this build already loaded from `contentDir`, if any. */
export function buildModelOf(contentDir: string): Model | undefined {
  const shared = (globalThis as Shared)[BUILD_MODEL];
  return shared?.contentDir === resolve(contentDir) ? shared.model : undefined;
}

let cached: SiteData | undefined;
let dev: { stamp: string; data: SiteData } | undefined;

/**
 * The site data of the content folder (`TP_CONTENT_DIR`, else `./content`): once per build, from
 * the model the integration handed over; in `astro dev` anew whenever a file of content/ changed
 * (load/content-stamp.ts) — not on every call, or a page's getStaticPaths props and its view
 * would come from two models and their items would not match ("No tracker row").
 */
export function getSiteData(): SiteData {
  if (inDevServer()) {
    const stamp = contentStamp(defaultContentDir());
    if (dev?.stamp !== stamp) dev = { stamp, data: computeSiteData(loadModel()) };
    return dev.data;
  }
  cached ??= computeSiteData(buildModelOf(defaultContentDir()) ?? loadModel());
  return cached;
}

/** What the layouts show on every page: the portal's province, the data date, the resolutions. */
export interface PageFrame {
  /** The province's name as the register writes it (`Tỉnh Lạng Sơn`), from content/portal.yaml. */
  provinceName: string;
  /**
   * content/data-date.txt, or SOURCE_DATE_EPOCH when set; never the clock, so the same content
   * builds byte-identical pages on any day (load/data-date.ts).
   */
  dataDate: PartialDate;
  /** The resolutions that made the province's current units (`1672/NQ-UBTVQH15`). */
  resolutions: readonly string[];
}

let frame: PageFrame | undefined;

/** The frame of this build's pages (src/middleware/index.ts puts it on `Astro.locals.frame`). */
export function pageFrame(): PageFrame {
  const compute = (): PageFrame => {
    const { model } = getSiteData();
    return { provinceName: model.province.name, dataDate: dataDate(), resolutions: reformResolutions(model) };
  };
  if (inDevServer()) return compute();
  frame ??= compute();
  return frame;
}
