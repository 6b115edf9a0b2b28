/**
 * The whole pipeline: read `content/` → validate every file and reference → build the model.
 * Throws a ContentError listing every issue at once; nothing is dropped or coerced.
 */
import { resolve } from 'node:path';
import { ContentError } from './errors.ts';
import { loadContent } from './read-content.ts';
import { buildModel } from './build-model.ts';
import type { Model } from '../domain/model.ts';
import { registerIds, validateRegister } from './check-register.ts';
import { validateNotice, validateNoticeIds } from './check-notice.ts';
import { validateFigures } from './check-figures.ts';
import { validateCriteria } from './check-criteria.ts';

/** Loads and validates `contentDir` (default: `./content`). */
export function loadModel(contentDir = resolve('content')): Model {
  const { content, issues } = loadContent(contentDir);
  const localities = registerIds(content);
  const agencies = new Map(content.agencies.map((r) => [r.data.id, r.data.short_name]));
  const indicators = new Map(content.indicators.map((r) => [r.data.id, r.data]));
  const criteria = new Set(content.ntmCriteria.map((r) => r.data.number));
  issues.push(...validateRegister(content), ...validateNoticeIds(content));
  for (const notice of content.notices) {
    issues.push(...validateNotice(notice, { localities, agencies }));
    issues.push(...validateFigures(notice, { localities, indicators }));
    issues.push(...validateCriteria(notice, { localities, criteria }));
  }
  if (issues.length > 0) throw new ContentError(issues);
  return buildModel(content);
}

let cached: Model | undefined;

/**
 * The model of `./content`, built once per build (pages call this). In `astro dev` it is
 * rebuilt on each request so that edits to content/ show on reload.
 */
export function getModel(): Model {
  if (import.meta.env?.DEV && import.meta.env.MODE !== 'test') return loadModel();
  cached ??= loadModel();
  return cached;
}
