/**
 * The whole pipeline, the one entry point to content/ (the build, `npm run validate` and the
 * importer call it): read every file → check every file and reference, keeping what the checks
 * resolved → build the model. Throws a ContentError listing every issue at once; nothing is
 * dropped or coerced.
 */
import { dirname, resolve } from 'node:path';
import type { Model } from '../domain/model.ts';
import { buildModel, type CheckedNotice } from './build-model.ts';
import { checkCorrections } from './check-corrections.ts';
import { checkCriteria } from './check-criteria.ts';
import { checkDates } from './check-dates.ts';
import { readDataDate } from './data-date.ts';
import { checkPlausibility } from './check-plausibility.ts';
import { checkEraRegisters, checkNoticeEras, datedRegister } from './check-eras.ts';
import { checkFigures } from './check-figures.ts';
import { checkNarrative } from './check-narrative.ts';
import { checkNotice, checkNoticeIds } from './check-notice.ts';
import { checkRegister } from './check-register.ts';
import { checkRepeats } from './check-repeats.ts';
import { checkReports } from './check-reports.ts';
import { checkProvince, readPortal } from './check-province.ts';
import { ContentError } from './errors.ts';
import { readContent } from './read-content.ts';
import { readDistrictShapes } from './read-geo.ts';

/**
 * The content folder of this run: `TP_CONTENT_DIR` when set (a benchmark's generated folder),
 * else `./content`.
 */
export function defaultContentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(env['TP_CONTENT_DIR'] ?? 'content');
}

/** Loads and checks `contentDir` (default: see defaultContentDir); paths in errors are relative to its parent. */
export function loadModel(contentDir = defaultContentDir()): Model {
  const projectDir = dirname(contentDir);
  const { content, issues } = readContent(contentDir, projectDir);
  const portal = readPortal(contentDir, projectDir, issues);
  if (portal) checkProvince(portal, content.units, contentDir, projectDir, issues);
  const register = checkRegister(content, issues);
  issues.push(...checkEraRegisters(content, register));
  issues.push(...checkNoticeIds(content));
  const dataDay = readDataDate(contentDir, projectDir, issues);
  const notices: CheckedNotice[] = content.notices.map((raw) => {
    // Each notice sees the units of its own date (check-eras.ts).
    const dated = datedRegister(register, raw);
    checkNoticeEras(raw, register, issues, dataDay);
    return {
      raw,
      references: checkNotice(raw, dated, issues),
      figures: checkFigures(raw, dated, issues),
      criteria: checkCriteria(raw, dated, issues),
    };
  });
  // A notice whose frontmatter or text was reported still has its other files checked.
  for (const files of content.incomplete) {
    if (files.frontmatter) checkNotice({ ...files, frontmatter: files.frontmatter }, register, issues);
    checkFigures(files, register, issues);
    checkCriteria(files, register, issues);
  }
  for (const files of [...content.notices, ...content.incomplete]) {
    checkNarrative(files, issues);
    checkPlausibility(files, register, issues);
    if (dataDay !== null) checkDates(files, dataDay, issues);
  }
  checkRepeats(content.notices, issues);
  for (const n of content.notices) checkCorrections({ file: n.file, date: n.frontmatter.date, root: { ...n.frontmatter, figures: n.figures.map((f) => f.data) }, corrections: n.frontmatter.corrections }, issues);
  for (const r of content.reports) checkCorrections({ file: r.file, date: r.data.date, root: { ...r.data, figures: r.figures.map((f) => f.data) }, corrections: r.data.corrections }, issues);
  const reports = checkReports(content.reports, content.notices, register, dataDay, issues);
  const shapes = portal?.boundaries ? readDistrictShapes(contentDir, projectDir, portal.boundaries, register.localities, issues) : [];
  // With no issue, portal.yaml was read and units.csv holds its province (check-province.ts).
  const province = portal ? register.localityById.get(portal.province) : undefined;
  if (issues.length > 0 || !portal || !province) throw new ContentError(issues);
  return buildModel(register, notices, reports, shapes, { province, reform: portal.reform });
}
