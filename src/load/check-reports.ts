/**
 * Checks of the status reports against the notices, the register and their own text: the
 * notice a report answers and each item it reports on exist; every date lies between the notice
 * and the data date; every quoted sentence is in the report's text; no two reports give an item
 * different statuses on the same day. Returns what the checks resolved, for the model.
 */
import type { Party } from '../domain/model.ts';
import type { Party as PartyRef } from '../domain/schemas/common.ts';
import type { StatusValue } from '../domain/schemas/directive.ts';
import { daySpan } from '../domain/unit-validity.ts';
import { findName, findVerbatim, lineOfOffset } from '../domain/verbatim.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import { checkFigures, type CheckedFigure } from './check-figures.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { RawNotice } from './read-content.ts';
import type { RawReport } from './read-reports.ts';

/** One entry of a report, resolved: the item it is about and the line of its sentence. */
export interface CheckedEntry {
  kind: 'directive' | 'proposal';
  item: string;
  status: StatusValue;
  from: string;
  evidence: string;
  /** 1-based line of source.txt where the sentence begins. */
  line: number;
}

export interface CheckedReport {
  raw: RawReport;
  /** The figures the report gives (figures.csv), checked as a notice's: each read from its words. */
  figures: CheckedFigure[];
  /** The answered notice's id (it exists). */
  notice: string;
  issuer: Party;
  entries: CheckedEntry[];
}

/** `dòng 14` of report.yaml for `entries[0].from` (the entry's line) or `date`; null when not found. */
function whereOf(report: RawReport, field: string): string | null {
  const key = /^entries\[\d+\]/.exec(field)?.[0] ?? field.split('.')[0]!;
  const line = report.lines.get(key);
  return line === undefined ? null : `dòng ${line}`;
}

const first = (iso: string): string => daySpan(parseIsoPartialDate(iso)).first;
const last = (iso: string): string => daySpan(parseIsoPartialDate(iso)).last;

/** Checks every report; only those whose notice and issuer resolve are returned. */
export function checkReports(reports: readonly RawReport[], notices: readonly RawNotice[], register: Register, dataDay: string | null, issues: ContentIssue[]): CheckedReport[] {
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const checked = reports.flatMap((r) => checkReport(r, noticeById, register, dataDay, issues) ?? []);
  checkContradictions(checked, issues);
  return checked;
}

function checkReport(report: RawReport, noticeById: ReadonlyMap<string, RawNotice>, register: Register, dataDay: string | null, issues: ContentIssue[]): CheckedReport | null {
  const { data, source, file, sourceFile } = report;
  const issue = (field: string, found: string, expected: string): void => {
    issues.push({ file, where: whereOf(report, field), field, found, expected });
  };
  const verbatim = (field: string, text: string): number | null => {
    const at = findVerbatim(source, text);
    if (at.length === 0) issue(field, text, `đoạn văn có nguyên văn trong ${sourceFile} (không kể khoảng trắng)`);
    return at[0] ?? null;
  };
  const name = (field: string, text: string | null): void => {
    if (text !== null && findName(source, text).length === 0) issue(field, text, `một tên có trong ${sourceFile} (không kể chữ hoa, chữ thường và khoảng trắng)`);
  };
  const notLater = (field: string, iso: string, limit: string, what: string): void => {
    if (first(iso) > limit) issue(field, iso, `một ngày không sau ${limit}, ${what}`);
  };

  verbatim('numberPrinted', data.numberPrinted);
  if (data.number !== null && !data.numberPrinted.includes(data.number)) issue('number', data.number, `số, ký hiệu đúng như dòng số in: "${data.numberPrinted}"`);
  verbatim('datePrinted', data.datePrinted);
  verbatim('title', data.title);
  verbatim('answers.printed', data.answers.printed);
  name('issuerPrinted', data.issuerPrinted);
  name('signer', data.signer);
  if (String(parseIsoPartialDate(data.date).year) !== report.year) {
    issue('date', data.date, `một ngày trong năm ${report.year}, năm của thư mục chứa báo cáo (content/reports/${report.year}/): sửa ngày hoặc chuyển báo cáo sang thư mục năm đúng`);
  }
  if (dataDay !== null) notLater('date', data.date, dataDay, 'ngày dữ liệu (content/data-date.txt): ngày muộn hơn là ghi nhầm, nếu không thì phải cập nhật ngày dữ liệu');

  const issuer = resolveParty(data.issuer, register, (field, found, expected) => issue(`issuer.${field}`, found, expected));
  const notice = noticeById.get(data.answers.notice);
  if (!notice) {
    issue('answers.notice', data.answers.notice, 'mã của một thông báo trong content/notices/ (tên thư mục của thông báo, ví dụ 2024-04-trang-dinh)');
    return null;
  }
  const items = new Map<string, 'directive' | 'proposal'>([
    ...notice.frontmatter.directives.map((d) => [d.id, 'directive'] as const),
    ...notice.frontmatter.proposals.map((p) => [p.id, 'proposal'] as const),
  ]);
  const noticeStart = first(notice.frontmatter.date);
  const seen = new Set<string>();
  const entries = data.entries.flatMap((e, i): CheckedEntry[] => {
    const at = `entries[${i}]`;
    const kind = items.get(e.item);
    if (!kind) issue(`${at}.item`, e.item, `mã của một nhiệm vụ hoặc kiến nghị của thông báo ${notice.id}: ${[...items.keys()].join(', ')}`);
    if (seen.has(e.item)) issue(`${at}.item`, e.item, 'mỗi nhiệm vụ, kiến nghị chỉ có một mục trong báo cáo: mục này đã có ở trên');
    seen.add(e.item);
    if (last(e.from) < noticeStart) issue(`${at}.from`, e.from, `một ngày không trước ${noticeStart}, ngày của thông báo (${notice.frontmatter.date}): không thể có trạng thái trước khi thông báo giao nhiệm vụ`);
    notLater(`${at}.from`, e.from, last(data.date), `ngày của báo cáo (${data.date}): báo cáo chỉ nêu tình hình tính đến ngày lập`);
    const offset = verbatim(`${at}.evidence`, e.evidence);
    return kind && offset !== null ? [{ kind, item: e.item, status: e.status, from: e.from, evidence: e.evidence, line: lineOfOffset(source, offset) }] : [];
  });
  for (const { line, data: f } of report.figures) {
    if (dataDay !== null && f.as_of !== null && first(f.as_of) > dataDay) {
      issues.push({ file: report.figuresFile, where: `dòng ${line}`, field: 'as_of', found: f.as_of, expected: `một ngày không sau ${dataDay}, ngày dữ liệu (content/data-date.txt)` });
    }
  }
  // A report's figures are checked as a notice's (check-figures.ts): the same file, the same rules;
  // `ref` may name an item of the notice the report answers.
  const figures = checkFigures({
    id: report.id, year: report.year, file, figuresFile: report.figuresFile, sourceFile, frontmatter: { ...notice.frontmatter },
    narrative: '', narrativeLine: 1, figures: report.figures, reportedFigureIds: new Set(), criteriaFile: '', criteria: [], source,
  }, register, issues);
  return issuer ? { raw: report, notice: notice.id, issuer, entries, figures } : null;
}

function resolveParty(p: PartyRef, register: Register, issue: (field: string, found: string, expected: string) => void): Party | null {
  if ('agency' in p) {
    const agency = register.agencyById.get(p.agency);
    if (!agency) issue('agency', p.agency, 'mã của một cơ quan có trong content/agencies.csv');
    return agency ? { agency } : null;
  }
  if ('locality' in p) {
    const locality = register.localityById.get(p.locality);
    if (!locality) issue('locality', p.locality, 'mã của một đơn vị hành chính trong content/localities/ (đơn vị trước hoặc sau sắp xếp: 180, 06040-2025)');
    return locality ? { locality } : null;
  }
  return p;
}

/** Two reports that give one item different statuses from the same day: one of them is wrong. */
function checkContradictions(reports: readonly CheckedReport[], issues: ContentIssue[]): void {
  const said = new Map<string, { report: CheckedReport; status: StatusValue }>();
  for (const report of reports) {
    for (const e of report.entries) {
      const key = `${report.notice}|${e.item}|${e.from}`;
      const before = said.get(key);
      if (before && before.status !== e.status) {
        const field = `entries[${report.raw.data.entries.findIndex((x) => x.item === e.item)}].status`;
        issues.push({
          file: report.raw.file, where: whereOf(report.raw, field), field, found: e.status,
          expected: `trạng thái mà ${before.report.raw.file} ghi cho ${e.item} của ${report.notice} từ ${e.from} ("${before.status}"), hoặc một ngày khác: hai báo cáo không thể nói khác nhau về cùng một ngày`,
        });
      }
      said.set(key, { report, status: e.status });
    }
  }
}
