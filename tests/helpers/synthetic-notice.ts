/**
 * A synthetic notice for tests only (never in content/): the sample notice copied to another
 * folder with another date and other unit codes, in a temporary copy of content/. Its text is
 * the sample's, so every verbatim check still holds; only dates (the date line of source.txt with
 * them) and references change.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = 'notices/2024/2024-04-trang-dinh';

export interface SyntheticNotice {
  /** Folder `notices/<year>/<id>` inside the copy. */
  year: string;
  id: string;
  /** ISO date of the notice. */
  date: string;
  /** Replacements of quoted ids in notice.mdx (`"180"` → `"06040"`), and of `,<id>,` in figures.csv. */
  ids: Record<string, string>;
}

/** Adds the synthetic notice to the copy of content/ at `content`. */
export function addSyntheticNotice(content: string, n: SyntheticNotice): void {
  const dir = join(content, 'notices', n.year, n.id);
  cpSync(join(content, SAMPLE), dir, { recursive: true });
  const mdx = join(dir, 'notice.mdx');
  const [year, month, day] = n.date.split('-');
  const dateLine = `Lạng Sơn, ngày ${day === undefined ? '' : `${Number(day)} `}tháng ${Number(month)} năm ${year}`;
  const sampleLine = 'Lạng Sơn, ngày tháng 4 năm 2024';
  const source = join(dir, 'source.txt');
  writeFileSync(source, readFileSync(source, 'utf8').replace(sampleLine, dateLine));
  let text = readFileSync(mdx, 'utf8').replace('date: "2024-04"', `date: "${n.date}"`).replaceAll(sampleLine.slice(10), dateLine.slice(10));
  let figures = readFileSync(join(dir, 'figures.csv'), 'utf8');
  for (const [from, to] of Object.entries(n.ids)) {
    text = text.replaceAll(`"${from}"`, `"${to}"`);
    figures = figures.replaceAll(`,${from},`, `,${to},`);
  }
  if (n.date >= AGENCY_MERGERS) text = withAgenciesOf2025(text);
  writeFileSync(mdx, text);
  writeFileSync(join(dir, 'figures.csv'), figures);
}

/** The day the departments merged (content/agency-successors.csv): a later notice names the agencies of its date. */
const AGENCY_MERGERS = '2025-03';
/** The sample's departments merged on 01/3/2025, and the one each became. */
const MERGED: Record<string, string> = {
  'so-ke-hoach-va-dau-tu': 'so-tai-chinh',
  'so-nong-nghiep-va-phat-trien-nong-thon': 'so-nong-nghiep-va-moi-truong',
  'so-giao-thong-van-tai': 'so-xay-dung',
  'so-tai-nguyen-va-moi-truong': 'so-nong-nghiep-va-moi-truong',
  'so-lao-dong-thuong-binh-va-xa-hoi': 'so-noi-vu',
  'so-thong-tin-va-truyen-thong': 'so-khoa-hoc-va-cong-nghe',
  'ban-dan-toc': 'so-dan-toc-va-ton-giao',
};

/**
 * The sample's frontmatter with the agencies of 2025: a merged department leaves the list of
 * those attending (the copied text still names it, which the check allows) and its tasks go to
 * the department it became.
 */
function withAgenciesOf2025(text: string): string {
  let out = text;
  for (const [former, successor] of Object.entries(MERGED)) {
    out = out.replace(`\n  - ${former}\n`, '\n').replaceAll(`{ agency: ${former} }`, `{ agency: ${successor} }`);
  }
  return out;
}
