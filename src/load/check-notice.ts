/**
 * Checks of one notice's frontmatter against the register, agencies, its own figures and its
 * source text: every reference resolves and every quoted passage is in the original. Returns
 * the references resolved (units, agencies, parties), so that nothing is looked up twice.
 */
import type { Agency, Issuer, Locality, NoticeDirective, NoticeProposal, Party } from '../domain/model.ts';
import type { Party as PartyRef } from '../domain/schemas/common.ts';
import type { Finding } from '../domain/schemas/notice.ts';
import { findName, findVerbatim } from '../domain/verbatim.ts';
import { checkAbsent } from './check-absent.ts';
import { checkIssueDate } from './check-date.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles, RawContent } from './read-content.ts';
import type { NoticeFrontmatter } from '../domain/schemas/notice.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import { agencyProblemOn } from './check-agencies.ts';

/** A notice's references, resolved; findings still name their figures by id (figures.csv). */
export interface CheckedReferences {
  /** Null only when the id is not in content/issuers.csv: reported, and the build stops. */
  issuer: Issuer | null;
  inspected: Locality[];
  agencies: Agency[];
  findings: (Omit<Finding, 'localities'> & { localities: Locality[] })[];
  directives: NoticeDirective[];
  proposals: NoticeProposal[];
}

/** Checks the frontmatter; quotes are checked against source.txt when it was read. */
export function checkNotice(notice: NoticeFiles & { frontmatter: NoticeFrontmatter }, register: Register, issues: ContentIssue[]): CheckedReferences {
  const fm = notice.frontmatter;
  const issue = (field: string, found: string, expected: string): void => {
    issues.push({ file: notice.file, where: null, field, found, expected });
  };
  const locality = (field: string, id: string): Locality[] => {
    const found = register.localityById.get(id);
    if (!found) issue(field, id, 'mã của một đơn vị hành chính có trong content/localities (units.csv hoặc former-units.csv)');
    return found ? [found] : [];
  };
  // An agency is named as it was on the notice's date: a department merged later keeps its
  // items, one merged earlier cannot be given any (content/agency-successors.csv).
  const noticeDate = parseIsoPartialDate(fm.date);
  const agency = (field: string, id: string): Agency[] => {
    const found = register.agencyById.get(id);
    if (!found) issue(field, id, 'mã của một cơ quan có trong content/agencies.csv');
    const problem = found ? agencyProblemOn(found, noticeDate) : null;
    if (problem) issue(field, id, problem);
    return found ? [found] : [];
  };
  const localities = (field: string, ids: readonly string[]): Locality[] => ids.flatMap((id, i) => locality(`${field}[${i}]`, id));
  const agencies = (field: string, ids: readonly string[]): Agency[] => ids.flatMap((id, i) => agency(`${field}[${i}]`, id));
  const party = (field: string, p: PartyRef): Party[] => {
    if ('agency' in p) return agency(`${field}.agency`, p.agency).map((a) => ({ agency: a }));
    if ('locality' in p) return locality(`${field}.locality`, p.locality).map((l) => ({ locality: l }));
    return [p];
  };
  const parties = (field: string, list: readonly PartyRef[]): Party[] => list.flatMap((p, i) => party(`${field}[${i}]`, p));
  const source = notice.source;
  const verbatim = (field: string, text: string): void => {
    if (source !== null && findVerbatim(source, text).length === 0) {
      issue(field, text, `đoạn văn có nguyên văn trong ${notice.sourceFile} (không kể khoảng trắng)`);
    }
  };

  const legalIds = new Set(fm.legalReferences.map((r) => r.id));
  const proposalIds = new Set(fm.proposals.map((p) => p.id));
  // A figure whose row was reported already (or a figures.csv that could not be read) is not
  // reported again as missing: one message per root cause.
  const reported = notice.reportedFigureIds;
  const figureIds = new Set([...notice.figures.map((f) => f.data.id), ...(reported === 'all' ? [] : reported)]);
  const refs = (field: string, ids: readonly string[], set: ReadonlySet<string>, what: string): void => {
    if (set === figureIds && reported === 'all') return;
    ids.forEach((id, i) => {
      if (!set.has(id)) issue(`${field}[${i}]`, id, `mã của ${what} trong thông báo này`);
    });
  };

  const issuer = register.issuerById.get(fm.issuer) ?? null;
  if (!issuer) issue('issuer', fm.issuer, `mã của một cơ quan ban hành có trong content/issuers.csv (${register.issuers.map((i) => i.id).join(', ') || 'tệp chưa có mã nào'})`);
  const inspected = localities('inspected', fm.inspected);
  const attending = fm.agencies.flatMap((id, i) =>
    agency(`agencies[${i}]`, id).filter((a) => {
      const named = findName(fm.agenciesPrinted, a.short_name).length > 0;
      if (!named) issue(`agencies[${i}]`, id, `một cơ quan có tên trong agenciesPrinted (không thấy tên ngắn "${a.short_name}" ở đó)`);
      return named;
    }),
  );
  for (const [field, text] of [
    ['title', fm.title],
    ...(fm.numberPrinted === null ? [] : [['numberPrinted', fm.numberPrinted] as const]),
    ...(fm.datePrinted === null ? [] : [['datePrinted', fm.datePrinted] as const]),
    ['agenciesPrinted', fm.agenciesPrinted],
    ['programme.printed', fm.programme.printed],
    ...fm.localParticipants.map((t, i) => [`localParticipants[${i}]`, t]),
    ...fm.recipients.map((t, i) => [`recipients[${i}]`, t]),
    ...fm.legalReferences.map((r, i) => [`legalReferences[${i}].printed`, r.printed]),
  ] as const) {
    verbatim(field, text);
  }
  checkIssueDate(fm, source, notice.file, issues);
  checkAbsent(fm, source, notice.sourceFile, notice.file, issues);
  // Names of people and bodies: case, Unicode form and white space folded (findName).
  for (const [field, text] of [
    ...(fm.signature === null ? [] : [['signature.signer', fm.signature.signer] as const]),
    ...(fm.presiding === null ? [] : [['presiding.name', fm.presiding.name] as const]),
    ...(fm.signature?.chain ?? []).map((t, i) => [`signature.chain[${i}]`, t] as const),
  ] as const) {
    if (source !== null && findName(source, text).length === 0) issue(field, text, `một tên có trong ${notice.sourceFile} (không kể chữ hoa, chữ thường và khoảng trắng)`);
  }

  const findings = fm.findings.map((f, i) => {
    verbatim(`findings[${i}].text`, f.text);
    const resolved = { ...f, localities: localities(`findings[${i}].localities`, f.localities) };
    refs(`findings[${i}].figures`, f.figures, figureIds, 'một số liệu (figures.csv)');
    return resolved;
  });
  const directives = fm.directives.map((d, i): NoticeDirective => {
    const at = `directives[${d.id}]`;
    verbatim(`${at}.text`, d.text);
    verbatim(`${at}.addressee.printed`, d.addressee.printed);
    if (d.deadline) verbatim(`${at}.deadline.printed`, d.deadline.printed);
    const addressee = {
      printed: d.addressee.printed,
      localities: localities(`${at}.addressee.localities`, d.addressee.localities),
      agencies: agencies(`${at}.addressee.agencies`, d.addressee.agencies),
    };
    const resolved = { ...d, addressee, lead: parties(`${at}.lead`, d.lead), coordinating: parties(`${at}.coordinating`, d.coordinating) };
    refs(`${at}.legalRefs`, d.legalRefs, legalIds, 'một văn bản được dẫn (legalReferences)');
    refs(`${at}.proposals`, d.proposals, proposalIds, 'một kiến nghị');
    if (fm.directives.findIndex((o) => o.id === d.id) !== i) issue(`directives[${i}].id`, d.id, 'mã nhiệm vụ chỉ dùng một lần (mã bị trùng)');
    return resolved;
  });
  const proposals = fm.proposals.flatMap((p, i): NoticeProposal[] => {
    const at = `proposals[${p.id}]`;
    verbatim(`${at}.request`, p.request);
    verbatim(`${at}.response`, p.response);
    const from = parties(`${at}.from`, [p.from]);
    const rest = {
      localities: localities(`${at}.localities`, p.localities),
      lead: parties(`${at}.lead`, p.lead),
      coordinating: parties(`${at}.coordinating`, p.coordinating),
      consolidating: parties(`${at}.consolidating`, p.consolidating),
    };
    // A proposal whose requester does not resolve has been reported and the build stops.
    const resolved = from.map((f) => ({ ...p, ...rest, from: f }));
    refs(`${at}.legalRefs`, p.legalRefs, legalIds, 'một văn bản được dẫn (legalReferences)');
    if (fm.proposals.findIndex((o) => o.id === p.id) !== i) issue(`proposals[${i}].id`, p.id, 'mã kiến nghị chỉ dùng một lần (mã bị trùng)');
    return resolved;
  });
  fm.dataQuality.forEach((q, i) => {
    if (q.quote === null || source === null) return;
    const count = findVerbatim(source, q.quote).length;
    if (q.occurrences !== null && count !== q.occurrences) {
      issue(`dataQuality[${i}].occurrences`, String(q.occurrences), `${count}, số lần "${q.quote}" xuất hiện trong ${notice.sourceFile}`);
    } else if (count === 0) {
      verbatim(`dataQuality[${i}].quote`, q.quote);
    }
  });
  return { issuer, inspected, agencies: attending, findings, directives, proposals };
}

/** Notice ids (folder names) are URLs: ASCII without diacritics, unique across all years. */
export function checkNoticeIds(content: RawContent): ContentIssue[] {
  const seen = new Map<string, string>();
  return [...content.notices, ...content.incomplete].sort((a, b) => a.file.localeCompare(b.file)).flatMap((n) => {
    const other = seen.get(n.id);
    seen.set(n.id, n.file);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n.id)) {
      return [{ file: n.file, where: null, field: null, found: n.id, expected: 'tên thư mục chỉ gồm chữ thường không dấu, chữ số và dấu "-" (tên này là địa chỉ trang), ví dụ 2024-04-trang-dinh' }];
    }
    return other ? [{ file: n.file, where: null, field: null, found: n.id, expected: `một tên thư mục khác với tên thư mục của ${other}` }] : [];
  });
}
