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
  writeFileSync(mdx, text);
  writeFileSync(join(dir, 'figures.csv'), figures);
}
