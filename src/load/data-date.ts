/**
 * The data date: the day the editors last brought content/ up to date, written in
 * content/data-date.txt (one ISO date). The footer shows it ("Dữ liệu cập nhật ngày …"),
 * overdue deadlines are computed against it, datapackage.json carries it as its version and
 * no date in the content may be after it. It never comes from the clock, so the same content
 * builds the same site on any day; `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-
 * builds convention) overrides it when set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseIsoPartialDate, type PartialDate } from '../domain/vi-date.ts';
import { ViParseError } from '../domain/vi-number.ts';
import { ContentError, type ContentIssue } from './errors.ts';

export const DATA_DATE_FILE = 'data-date.txt';

/** The data date as a full ISO date (`2026-12-01`), or null after pushing an issue. */
export function readDataDate(contentDir: string, projectDir: string, issues: ContentIssue[], env: NodeJS.ProcessEnv = process.env): string | null {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (/^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
    issues.push({ file: 'SOURCE_DATE_EPOCH', where: null, field: null, found: epoch, expected: 'số giây nguyên tính từ 1970-01-01 UTC, ví dụ 1764547200' });
    return null;
  }
  const path = join(contentDir, DATA_DATE_FILE);
  const file = relative(projectDir, path);
  const fail = (found: string | null): null => {
    issues.push({ file, where: null, field: null, found, expected: 'một ngày ISO đầy đủ, là ngày content/ được cập nhật lần cuối, ví dụ 2026-12-01' });
    return null;
  };
  if (!existsSync(path)) return fail(null);
  const text = readFileSync(path, 'utf8').trim();
  try {
    const d = parseIsoPartialDate(text);
    return d.day === null ? fail(text) : text;
  } catch (e) {
    if (e instanceof ViParseError) return fail(text);
    throw e;
  }
}

/**
 * The data date of `contentDir` for the build (default: `TP_CONTENT_DIR` when set, as the
 * loader's default folder, else ./content); throws a ContentError if it is missing or malformed.
 */
export function dataDate(contentDir = resolve(process.env['TP_CONTENT_DIR'] ?? 'content')): PartialDate {
  const issues: ContentIssue[] = [];
  const iso = readDataDate(contentDir, resolve(contentDir, '..'), issues);
  if (iso === null) throw new ContentError(issues);
  return parseIsoPartialDate(iso);
}
