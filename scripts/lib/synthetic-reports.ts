/**
 * Synthetic status reports for benchmarks and scale tests — never for content/. A synthetic
 * notice gets its district's reports on its directives 2.1-a (with a deadline: the end of a
 * year) and 2.1-b, in the shapes the four-way count must tell apart:
 *
 * - every third notice: a report some months after the notice, both "đang thực hiện";
 * - every sixth: a second report after the deadline, 2.1-a "hoàn thành" late;
 * - every ninth: a second report after the deadline, 2.1-a still "đang thực hiện" (overdue);
 * - every twelfth: a report before the deadline, 2.1-a "hoàn thành" on time.
 *
 * Each status rests on a sentence of the report's own text (source.txt), as a real one must.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface SyntheticNoticeRef {
  /** The notice's folder name. */
  id: string;
  /** Its sequence number in the generated archive. */
  index: number;
  year: number;
  month: number;
  day: number;
  /** `huyện Tràng Định`: the district the directives go to, as notices name it. */
  place: string;
  districtId: string;
  /** The year 2.1-a is due at its end. */
  deadlineYear: number;
  /** The notice as reports cite it: its number and date. */
  cited: string;
  /** A person's name for the signature (the generator's faker). */
  signer: () => string;
  /** A report number (the generator's faker). */
  number: () => number;
}

type Entry = { item: string; status: 'dang-thuc-hien' | 'hoan-thanh'; sentence: string };

const pad = (n: number): string => String(n).padStart(2, '0');
/** Months after (year, month), as a date on the 15th. */
function after(year: number, month: number, months: number): { year: number; month: number; day: number } {
  const m = year * 12 + (month - 1) + months;
  return { year: Math.floor(m / 12), month: (m % 12) + 1, day: 15 };
}

/** Writes the reports of one synthetic notice under `<out>/reports/`; returns how many. */
export function writeSyntheticReports(out: string, n: SyntheticNoticeRef): number {
  const plans: { when: { year: number; month: number; day: number }; entries: Entry[] }[] = [];
  // `2.1-a` is point a) of section 2.1, as a report names it.
  const named = (item: string): string => `tại điểm ${item.slice(4)} mục 2.1`;
  const progress = (item: string): Entry => ({ item, status: 'dang-thuc-hien', sentence: `Đến nay, nhiệm vụ ${named(item)} đang được ${n.place} tiếp tục triển khai thực hiện.` });
  if (n.index % 3 === 0) plans.push({ when: after(n.year, n.month, 2), entries: [progress('2.1-a'), progress('2.1-b')] });
  if (n.index % 12 === 0 && n.month <= 9) {
    plans.push({ when: { year: n.deadlineYear, month: 11, day: 20 }, entries: [{ item: '2.1-a', status: 'hoan-thanh', sentence: `Nhiệm vụ ${named('2.1-a')} đã được ${n.place} hoàn thành trước thời hạn.` }] });
  } else if (n.index % 6 === 0) {
    plans.push({ when: { year: n.deadlineYear + 1, month: 3, day: 10 }, entries: [{ item: '2.1-a', status: 'hoan-thanh', sentence: `Nhiệm vụ ${named('2.1-a')} đã được ${n.place} hoàn thành, chậm so với thời hạn.` }] });
  } else if (n.index % 9 === 0) {
    plans.push({ when: { year: n.deadlineYear + 1, month: 2, day: 5 }, entries: [progress('2.1-a')] });
  }
  plans.forEach((plan, k) => writeReport(out, n, plan.when, plan.entries, k + 1));
  return plans.length;
}

function writeReport(out: string, n: SyntheticNoticeRef, when: { year: number; month: number; day: number }, entries: readonly Entry[], k: number): void {
  const number = `${n.number()}/BC-UBND`;
  const date = `${when.year}-${pad(when.month)}-${pad(when.day)}`;
  const place = n.place.replace(/^huyện |^thành phố |^thị xã /u, '');
  const datePrinted = `${place}, ngày ${pad(when.day)} tháng ${when.month < 3 ? pad(when.month) : when.month} năm ${when.year}`;
  const issuerPrinted = `ỦY BAN NHÂN DÂN ${n.place.toLocaleUpperCase('vi-VN')}`;
  const title = `Kết quả thực hiện ${n.cited}`;
  const signer = n.signer();
  const source = [
    issuerPrinted, `Số: ${number}`, datePrinted, '', 'BÁO CÁO', title, '',
    `Thực hiện ${n.cited}, ${n.place.replace(/^./u, (c) => c.toUpperCase())} báo cáo kết quả như sau:`, '',
    ...entries.map((e) => e.sentence), '',
    'Nơi nhận:', 'UBND tỉnh;', 'Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', signer, '',
  ].join('\n');
  const data = {
    documentType: 'Báo cáo', number, numberPrinted: `Số: ${number}`, date, datePrinted, title,
    issuer: { locality: n.districtId }, issuerPrinted,
    answers: { notice: n.id, printed: n.cited }, signer,
    entries: entries.map((e) => ({ item: e.item, status: e.status, from: date, evidence: e.sentence })),
  };
  const dir = join(out, 'reports', String(when.year), `${n.id}-bc-${k}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.yaml'), yaml.dump(data, { lineWidth: 100, noRefs: true }));
  writeFileSync(join(dir, 'source.txt'), source);
}
