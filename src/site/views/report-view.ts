/**
 * The status reports' pages: the list (/bao-cao/) and one report (/bao-cao/<id>/), laid out like
 * a notice: its facts, what it says of each directive and proposal (with the sentence each
 * status rests on), and its original text with those sentences highlighted.
 */
import type { DirectiveItem, ProposalItem, Report, ReportedStatus } from '../../domain/model.ts';
import { formatViDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import type { SiteData } from '../compute-site-data.ts';
import { partyName } from '../party-name.ts';
import { reportCitation } from '../report-text.ts';
import { figureLabel, formatFigureValue } from '../figure-text.ts';
import { itemLabel, noticeItemAnchor } from '../tracker.ts';
import { noticeUrl, reportsUrl } from '../urls.ts';
import type { PageHead } from './page-head.ts';

/** What a report says of one item, as its page's table shows it. */
export interface ReportRow {
  /** `Nhiệm vụ 2.1 a)`, `Kiến nghị 3`. */
  label: string;
  topic: string;
  /** The item on its notice's page. */
  href: string;
  status: string;
  from: string;
  evidence: string;
  /** Anchor of the sentence in the original text below. */
  evidenceAnchor: string;
  line: number;
}

/** `Nhiệm vụ 2.1 a)`, `Kiến nghị 3`: a proposal's label says what it is already. */
const entryLabel = (item: DirectiveItem | ProposalItem): string => ('request' in item ? itemLabel(item) : `${vi.itemKind.directive} ${itemLabel(item)}`);

/** The anchor of the n-th (1-based) sentence a report's statuses rest on, in its original text. */
export const evidenceAnchorOf = (n: number): string => `can-cu-${n}`;

export interface ReportView {
  report: Report;
  head: PageHead;
  citation: string;
  facts: { number: string; date: string; issuer: string; signer: string };
  rows: ReportRow[];
  /** The figures the report gives, each as the page shows it, with the line of its words. */
  figures: { locality: string; label: string; value: string; printed: string; asOf: string; line: number }[];
  /** The sentences to highlight in the original text, with their anchors. */
  quotes: { id: string; excerpt: string; printed: string }[];
}

/** The view of report `r`. */
export function reportView(r: Report): ReportView {
  const title = `${r.documentType} của ${partyName(r.issuer)}, ${formatViDate(r.date)}`;
  const entryRow = (e: ReportedStatus & { item: DirectiveItem | ProposalItem }, i: number): ReportRow => ({
    label: entryLabel(e.item),
    topic: e.item.topic,
    href: `${noticeUrl(r.notice)}#${noticeItemAnchor(e.item)}`,
    status: vi.status[e.status],
    from: formatViDate(e.date),
    evidence: e.evidence,
    evidenceAnchor: `nguyen-van-${evidenceAnchorOf(i + 1)}`,
    line: e.line,
  });
  return {
    report: r,
    head: {
      title,
      description: `${reportCitation(r)}: kết quả thực hiện ${r.entries.length} nhiệm vụ, kiến nghị của ${r.notice.shortTitle}.`,
      section: 'tracker',
      crumbs: [{ href: reportsUrl, label: 'Báo cáo' }, { label: title }],
    },
    citation: reportCitation(r),
    facts: {
      number: r.number ?? `${vi.blank} (“${r.numberPrinted}”)`,
      date: `${formatViDate(r.date)} (“${r.datePrinted}”)`,
      issuer: `${partyName(r.issuer)} (“${r.issuerPrinted}”)`,
      signer: r.signer ?? vi.notStated,
    },
    rows: r.entries.map(entryRow),
    figures: r.figures.map((f) => ({
      locality: f.locality.name,
      label: figureLabel(f),
      value: formatFigureValue(f),
      printed: f.printed,
      asOf: f.asOf ? formatViDate(f.asOf) : formatViDate(r.date),
      line: f.sourceLine,
    })),
    quotes: r.entries.map((e, i) => ({ id: evidenceAnchorOf(i + 1), excerpt: e.evidence, printed: e.evidence })),
  };
}

/** The list of reports, newest first, each with the notice it answers. */
export function reportsView(site: SiteData): { head: PageHead; reports: { report: Report; citation: string }[] } {
  return {
    head: {
      title: 'Báo cáo kết quả thực hiện',
      description: 'Các báo cáo về việc thực hiện nhiệm vụ, kiến nghị trong thông báo kết luận kiểm tra: mỗi trạng thái kèm câu nguyên văn làm căn cứ.',
      section: 'tracker',
      crumbs: [{ label: 'Báo cáo' }],
    },
    reports: site.model.reports.map((report) => ({ report, citation: reportCitation(report) })),
  };
}
