/**
 * Everything a notice's page (/thong-bao/<id>/) and its printable briefing
 * (/ban-in/thong-bao/<id>/) show: one view for both, so the figures are grouped by the unit they
 * are about, and charted, in one place.
 */
import type { DirectiveItem, Figure, Locality, Notice, ProposalItem, Report } from '../../domain/model.ts';
import { reportCitation } from '../report-text.ts';
import { formatViDate, parseIsoPartialDate } from '../../domain/vi-date.ts';
import { vi } from '../../i18n/vi.ts';
import { briefingPeriod } from '../briefing.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { localityCharts } from '../charts/locality-charts.ts';
import type { SiteData } from '../compute-site-data.ts';
import { keyFigures } from '../key-figures.ts';
import { narrativeHtml } from '../narrative.ts';
import { absentNote, absentSentence } from '../notice-absent.ts';
import { issueDateNote } from '../notice-date.ts';
import { slicesFor, type TableSlice } from '../open-data/downloads.ts';
import type { StatusOf } from '../tracker.ts';
import { noticeUrl, noticesUrl } from '../urls.ts';
import { CORRECTIONS_ANCHOR } from '../corrections.ts';
import { contentsOf, type ContentsEntry, type PageHead } from './page-head.ts';

/** The figures a notice gives about one unit, with that unit's charts and headline figures. */
export interface UnitFigures {
  locality: Locality;
  figures: Figure[];
  /** Chart ids start `bd-<locality id>`, unique on a page that shows several units. */
  charts: ChartSpec[];
  headline: Figure[];
}

export interface NoticeView {
  notice: Notice;
  head: PageHead;
  /** The facts box under the title, each value as the page writes it. */
  facts: { number: string; issued: string; presiding: string; signer: string; inspectionDate: string; programme: string };
  contents: ContentsEntry[];
  /** Per unit the figures are about, in the order the notice first gives a figure of each. */
  units: UnitFigures[];
  /** The directives under their section heading (`Mục 2. Đối với UBND huyện Tràng Định`). */
  directiveSections: { heading: string; directives: DirectiveItem[] }[];
  proposals: ProposalItem[];
  /** The documents the notice cites, its programme first, as the table shows them. */
  references: { document: string; issuer: string; date: string; subject: string }[];
  /** The sentence said in place of the signature block when the notice has none. */
  signatureAbsent: string | null;
  /** The narrative as HTML (Markdown, raw HTML off: site/narrative.ts); computed when read. */
  readonly narrativeHtml: string;
  downloads: TableSlice[];
  /** The reports on what was done of it, newest first, each cited by type, number, date and issuer. */
  reports: { report: Report; citation: string }[];
  statusOf: StatusOf;
  briefing: {
    description: string;
    period: string;
    livePath: string;
    /** Headline figures of every unit, unit after unit. */
    headline: Figure[];
    charts: ChartSpec[];
    /** Whether figures of more than one unit are shown (the table names each one's unit). */
    grouped: boolean;
  };
}

const dateOf = (iso: string | null): string => (iso ? formatViDate(parseIsoPartialDate(iso)) : vi.notStated);

const views = new WeakMap<Notice, NoticeView>();

/** The view of notice `n`: made once, for its page and its briefing alike. */
export function noticeView(site: SiteData, n: Notice): NoticeView {
  let view = views.get(n);
  if (!view) views.set(n, (view = makeNoticeView(site, n)));
  return view;
}

function makeNoticeView(site: SiteData, n: Notice): NoticeView {
  const { model, byScope, statusOf } = site;
  const units = [...new Set(n.figures.map((f) => f.locality))].map((locality): UnitFigures => {
    const figures = n.figures.filter((f) => f.locality === locality);
    return { locality, figures, charts: localityCharts(figures, `bd-${locality.id}`), headline: keyFigures(figures, model.indicators) };
  });
  const charted = units.some((u) => u.charts.length > 0);
  const dateNote = issueDateNote(n);
  return {
    notice: n,
    head: {
      title: n.shortTitle,
      description: `${n.documentType}: ${n.title}`,
      section: 'notices',
      crumbs: [{ href: noticesUrl, label: vi.nav.notices }, { label: n.shortTitle }],
    },
    facts: {
      number: n.numberPrinted === null ? absentNote(n, 'numberPrinted') : (n.number ?? `${vi.blank} (“${n.numberPrinted}”)`),
      issued: `${formatViDate(n.date)}${dateNote !== null ? ` — ${dateNote}` : ''}`,
      presiding: n.presiding === null ? absentNote(n, 'presiding') : `${n.presiding.name}, ${n.presiding.role}`,
      signer: n.signature === null ? absentNote(n, 'signature') : `${n.signature.signer} — ${n.signature.chain.join(' / ')}`,
      inspectionDate: formatViDate(n.inspectionDate),
      programme: `${n.programme.type} số ${n.programme.number} ngày ${dateOf(n.programme.date)} của ${n.programme.issuer}`,
    },
    // About 40 phone screens long: a contents list under the facts jumps to each section.
    contents: contentsOf([
      n.corrections.length > 0 && { id: CORRECTIONS_ANCHOR, label: `${vi.corrections.title} (${n.corrections.length})` },
      n.dataQuality.length > 0 && { id: 'chat-luong', label: 'Lưu ý về văn bản' },
      { id: 'dien-bien', label: 'Căn cứ và diễn biến buổi kiểm tra' },
      charted && { id: 'bieu-do', label: 'Biểu đồ' },
      { id: 'so-lieu', label: `Số liệu (${n.figures.length})` },
      { id: 'nhan-dinh', label: 'Nhận định chung' },
      { id: 'nhiem-vu', label: `Nhiệm vụ trọng tâm (${n.directives.length})` },
      { id: 'kien-nghi', label: `Kiến nghị, đề xuất (${n.proposals.length})` },
      site.reportsOf(n).length > 0 && { id: 'bao-cao', label: `Báo cáo kết quả thực hiện (${site.reportsOf(n).length})` },
      { id: 'can-cu', label: 'Văn bản được viện dẫn' },
      { id: 'noi-nhan', label: 'Nơi nhận và chữ ký' },
      { id: 'tai-du-lieu', label: 'Tải dữ liệu' },
      { id: 'van-ban-goc', label: 'Văn bản gốc' },
    ]),
    units,
    directiveSections: [...new Set(n.directives.map((d) => d.section))].map((section) => {
      const directives = n.directives.filter((d) => d.section === section);
      return { heading: `Mục ${section}. ${directives[0]!.addressee.printed.replace(/:$/, '')}`, directives };
    }),
    proposals: n.proposals,
    references: [n.programme, ...n.legalReferences].map((r) => ({
      document: `${r.type} ${r.number}`,
      issuer: r.issuer,
      date: dateOf(r.date),
      subject: r.subject ?? vi.notStated,
    })),
    signatureAbsent: n.signature === null ? absentSentence(n, 'signature') : null,
    get narrativeHtml() {
      return narrativeHtml(n.narrative);
    },
    downloads: slicesFor(byScope, { kind: 'notice', id: n.id }),
    reports: site.reportsOf(n).map((report) => ({ report, citation: reportCitation(report) })),
    statusOf,
    briefing: {
      description: `Bản tóm tắt in khổ A4 của ${n.documentType.toLowerCase()}: ${n.shortTitle}.`,
      period: briefingPeriod([n]),
      livePath: noticeUrl(n),
      headline: units.flatMap((u) => u.headline),
      charts: units.flatMap((u) => u.charts),
      grouped: units.length > 1,
    },
  };
}
