/**
 * The head of a notice: number and place/date line (blanks stay blank), document type, title,
 * issuer, presiding official, inspection programme, inspection date and team, participating
 * agencies, local participants and inspected units; and its foot: recipients and signature.
 */
import { parseViDate, toIsoPartialDate } from '../domain/vi-date.ts';
import type { ExtractContext } from './context.ts';
import type { DraftFrontmatter, DraftLegalReference } from './draft.ts';
import { findDates } from './extract-dates.ts';
import { findReferences } from './extract-legal-references.ts';
import { matchAgencyList } from './match-agency.ts';
import { findLocalityMentions } from './match-locality.ts';
import type { Paragraph } from './segment.ts';
import { resolveLocalities } from './localities.ts';
import { findIssuer } from './find-issuer.ts';

type Head = Pick<
  DraftFrontmatter,
  | 'documentType' | 'number' | 'numberPrinted' | 'date' | 'datePrinted' | 'dateSource' | 'dateBasis' | 'issuer' | 'title' | 'presiding'
  | 'signature' | 'absent' | 'programme' | 'inspectionDate' | 'team' | 'agencies' | 'agenciesPrinted'
  | 'localParticipants' | 'inspected' | 'recipients'
>;

/** The name of the kind of document, printed in capitals above the title. */
const DOCUMENT_TYPE_RE = /^(THÔNG BÁO|KẾT LUẬN|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|CHỈ THỊ|CÔNG VĂN)(?: KẾT LUẬN)?$/u;
const PERSON = String.raw`\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,4}`;
const SENTENCE_END = /\.(?=\s+\p{Lu})|\.$/u;

function sentenceFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.search(SENTENCE_END);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

export function extractHead(ctx: ExtractContext): { head: Head; narrative: Paragraph[] } {
  const { head: paras, recipients, signature } = ctx.segments;
  const note = (kind: 'missing' | 'uncertain' | 'anomaly', field: string, message: string, line: number | null): void => {
    ctx.notes.push({ kind, field, message, line });
  };

  const numberPara = paras.find((p) => /^Số\s*:/u.test(p.text));
  let number: string | null = null;
  // A field the text lacks is written null with an `absent` entry whose reason only a person can give.
  const absent: Head['absent'] = [];
  const lacks = (field: Head['absent'][number]['field'], what: string): void => {
    absent.push({ field, reason: null });
    note('missing', field, `văn bản được nhập không có ${what}: để ${field}: null và viết lý do vào absent (reason), ví dụ "bản đăng trên cổng thông tin không kèm phần này"; nếu bản gốc có, chép vào ${field} và xóa mục absent`, null);
  };
  if (!numberPara) lacks('numberPrinted', 'dòng "Số: …"');
  else {
    const raw = numberPara.text.replace(/^Số\s*:\s*/u, '');
    if (/^\d/u.test(raw)) number = raw;
    else note('anomaly', 'number', `số văn bản để trống ("${numberPara.text}"); để null, không tự điền`, numberPara.line);
  }

  // "Lạng Sơn, ngày 09 tháng 4 năm 2024", "…, ngày 09/4/2024", "…, tháng 4 năm 2024" (a month
  // only), "…, ngày 20/9" or "ngày 20 tháng 9" (no year: taken from the document, and said so).
  const datePara = paras.find((p) =>
    /\bngày\b.*\btháng\b.*\bnăm \d{4}$|^[\p{L} ]+, (?:ngày \d{1,2}\/\d{1,2}\/\d{4}|tháng \d{1,2} năm \d{4}|ngày \d{1,2}(?:\/| tháng )\d{1,2})$/u.test(p.text),
  );
  let date: string | null = null;
  let place: string | null = null;
  let dateSource: Head['dateSource'];
  let dateBasis: string | null | undefined;
  if (!datePara) {
    note('missing', 'datePrinted', 'văn bản được lưu không có dòng địa danh, ngày tháng năm: dateSource ghi not-in-text; ghi date và dateBasis (câu trong văn bản mà ngày dựa vào) nếu văn bản cho biết, không thì để trống', null);
    dateSource = 'not-in-text';
    dateBasis = null;
  } else {
    const m = /^(?:(.+?), )?((?:ngày|tháng).*)$/u.exec(datePara.text);
    place = m?.[1] ?? null;
    const printed = m?.[2] ?? '';
    const hasYear = /\d{4}$/u.test(printed);
    const yearFrom = hasYear ? null : yearOfDocument(paras.filter((p) => p !== datePara).map((p) => p.text));
    try {
      const parsed = parseViDate(printed.replace(/ tháng (\d{1,2})$/u, '/$1'), yearFrom ? { contextYear: yearFrom.year } : {});
      date = toIsoPartialDate(parsed);
      ctx.year = parsed.year;
      if (yearFrom) {
        dateSource = 'year-inferred';
        dateBasis = yearFrom.basis;
        note('uncertain', 'date', `dòng ngày "${printed}" không ghi năm; lấy năm ${yearFrom.year} từ "${yearFrom.basis}" (dateSource: year-inferred) — kiểm tra`, datePara.line);
      } else if (!/^ngày/u.test(printed)) {
        dateSource = 'partial';
        note('uncertain', 'date', `văn bản chỉ ghi "${printed}" (không có chỗ cho ngày); lưu ${date}, dateSource: partial`, datePara.line);
      } else if (parsed.day === null) note('anomaly', 'date', `ngày ban hành để trống ("${printed}"); lưu ${date}, không tự điền ngày`, datePara.line);
    } catch (error) {
      note('uncertain', 'date', `không đọc được ngày "${printed}": ${(error as Error).message}`, datePara.line);
    }
  }

  const typeIndex = paras.findIndex((p) => DOCUMENT_TYPE_RE.test(p.text));
  const titlePara = typeIndex === -1 ? undefined : paras[typeIndex + 1];
  const title = titlePara?.text ?? null;
  if (!title) note('missing', 'title', 'không thấy tên loại văn bản (THÔNG BÁO) và trích yếu', null);
  const typeWord = typeIndex === -1 ? null : paras[typeIndex]!.text.toLowerCase();
  const documentType =
    typeWord === null ? null : typeWord[0]!.toUpperCase() + typeWord.slice(1) + (title?.startsWith('Kết luận') && !typeWord.endsWith('kết luận') ? ' kết luận' : '');

  const issuer = findIssuer(ctx, paras, numberPara, place);

  const basisIndex = paras.findIndex((p) => /^(Thực hiện|Căn cứ|Theo|Thực hiện Kế hoạch)\b/u.test(p.text));
  const basis = basisIndex === -1 ? undefined : paras[basisIndex];
  const narrative = basisIndex === -1 ? [] : paras.slice(basisIndex);
  if (!basis) note('missing', 'programme', 'không thấy đoạn căn cứ ("Thực hiện Chương trình …")', null);

  let programme: DraftLegalReference | null = null;
  let inspectionDate: string | null = null;
  const refRanges: [number, number][] = [];
  if (basis) {
    const refs = findReferences(basis.text, { province: ctx.province?.name ?? null, year: ctx.year, notes: ctx.notes, line: basis.line });
    refs.forEach((r) => refRanges.push([r.index, r.end]));
    const first = refs[0];
    if (first) {
      programme = first.ref;
      if (!/Chương trình|Kế hoạch/u.test(first.ref.type)) note('uncertain', 'programme', `văn bản căn cứ đầu tiên là ${first.ref.type} ${first.ref.number}, không phải Chương trình/Kế hoạch kiểm tra`, basis.line);
    } else note('missing', 'programme', 'đoạn căn cứ không nêu số chương trình kiểm tra', basis.line);
    // The first date of the basis that is not a referenced document's: "…, ngày 09/4/2024, đồng chí …".
    const visit = findDates(basis.text, ctx.year).find((d) => d.printed.startsWith('ngày') && !refRanges.some(([a, b]) => d.index >= a && d.index < b));
    if (visit) {
      inspectionDate = visit.iso;
      if (visit.yearFromContext) note('uncertain', 'inspectionDate', `ngày kiểm tra "${visit.printed}" không có năm; lấy năm ${ctx.year} của văn bản`, basis.line);
    }
    if (inspectionDate === null) note('missing', 'inspectionDate', 'đoạn căn cứ không nêu ngày kiểm tra', basis.line);
  }

  const everything = paras.map((p) => p.text).join('\n');
  const team = /Đoàn kiểm tra số \d+/u.exec(everything)?.[0] ?? null;
  if (team === null) note('missing', 'team', 'không thấy "Đoàn kiểm tra số …"', null);

  const presiding = findPresiding(title, basis?.text ?? '');
  if (presiding === null) lacks('presiding', 'người chủ trì, kết luận ("Kết luận của đồng chí …" trong trích yếu)');
  else if (presiding.role === null) note('missing', 'presiding.role', `không thấy chức vụ của ${presiding.name}`, basis?.line ?? null);

  // Participants: "Lãnh đạo các Sở, ngành, cơ quan: …." then "Về phía huyện …".
  let agenciesPrinted: string | null = null;
  let agencies: string[] = [];
  const agencyPara = paras.find((p) => /Lãnh đạo (các )?[Ss]ở/u.test(p.text));
  if (agencyPara) {
    agenciesPrinted = sentenceFrom(agencyPara.text, agencyPara.text.search(/Lãnh đạo (các )?[Ss]ở/u));
    const list = agenciesPrinted.slice(agenciesPrinted.indexOf(':') + 1).trim();
    for (const m of matchAgencyList(list, ctx.reference.agencies)) {
      if (m.agency) agencies.push(m.agency.id);
      if (m.how === 'none') note('uncertain', 'agencies', `"${m.printed}" không khớp cơ quan nào trong content/agencies.csv; chưa ghi`, agencyPara.line);
      else if (m.how !== 'exact') ctx.notes.push({ kind: 'fuzzy', field: 'agencies', message: `"${m.printed}" → ${m.agency!.id} (${m.agency!.short_name}), khớp gần đúng (${m.how})`, line: agencyPara.line });
    }
    agencies = [...new Set(agencies)];
  } else note('missing', 'agencies', 'không thấy danh sách "Lãnh đạo các Sở, ngành, cơ quan: …"', null);

  const localParticipants: string[] = [];
  let inspected: string[] = [];
  const localPara = paras.find((p) => /Về phía /u.test(p.text));
  if (localPara) {
    const start = localPara.text.search(/Về phía /u);
    localParticipants.push(...localPara.text.slice(start).split(/ (?=Về phía )/u));
    const mentions = findLocalityMentions(localParticipants.join(' '), ctx.reference.units);
    inspected = resolveLocalities(ctx, mentions);
  }
  if (inspected.length === 0 && title) {
    const mentions = findLocalityMentions(title, ctx.reference.units).filter((m) => m.type !== 'tỉnh');
    inspected = resolveLocalities(ctx, mentions);
    if (inspected.length > 0) note('uncertain', 'inspected', 'đơn vị được kiểm tra lấy từ trích yếu (không có đoạn "Về phía …")', titlePara!.line);
  }
  if (inspected.length === 0) note('missing', 'inspected', 'không xác định được đơn vị được kiểm tra', null);

  const recipientTexts = recipients.map((p) => p.text.replace(/^[-–•+]\s*/u, ''));
  const chain = signature.filter((p) => p.text === p.text.toUpperCase()).map((p) => p.text);
  const signerPara = signature.at(-1);
  const signer = signerPara && signerPara.text !== signerPara.text.toUpperCase() ? signerPara.text : null;
  if (chain.length === 0 && signer === null) lacks('signature', 'phần chữ ký (TL./KT. …, người ký)');
  else if (chain.length === 0) note('missing', 'signature.chain', 'không thấy khối chữ ký (TL./KT. …)', null);
  else if (signer === null) note('missing', 'signature.signer', 'không thấy tên người ký', null);

  return {
    head: {
      documentType, number, numberPrinted: numberPara?.text ?? null, date, datePrinted: datePara?.text ?? null,
      ...(dateSource === undefined ? {} : { dateSource }), ...(dateBasis === undefined ? {} : { dateBasis }),
      issuer, title, presiding, signature: chain.length === 0 && signer === null ? null : { chain, signer }, absent, programme, inspectionDate, team, agencies,
      agenciesPrinted, localParticipants, inspected, recipients: recipientTexts,
    },
    narrative,
  };
}

/**
 * The year of a document whose date line has none: from "năm 2024" in its title or basis, else
 * from its latest full date. Returns the words it rests on.
 */
function yearOfDocument(texts: readonly string[]): { year: number; basis: string } | null {
  for (const t of texts) {
    const m = /năm (\d{4})(?!\d)/u.exec(t);
    if (m) return { year: Number(m[1]), basis: m[0] };
  }
  const dates = texts.flatMap((t) => findDates(t, null).filter((d) => !d.yearFromContext));
  const latest = dates.sort((a, b) => a.iso.localeCompare(b.iso)).at(-1);
  return latest ? { year: Number(latest.iso.slice(0, 4)), basis: latest.printed } : null;
}

function findPresiding(title: string | null, basis: string): { name: string; role: string | null } | null {
  const m = new RegExp(`của (?:đồng chí )?(${PERSON}), ([^]+?) tại`, 'u').exec(title ?? '');
  if (!m) return null;
  const name = m[1]!;
  // The basis usually gives the fuller role: "…, Phó Chủ tịch UBND tỉnh, Trưởng Đoàn kiểm tra số 03 đã kiểm tra".
  const roles = [m[2]!];
  for (const r of basis.matchAll(new RegExp(`${name}, (.+?) (?:đã|kết luận|chủ trì)`, 'gu'))) roles.push(r[1]!);
  const role = roles.sort((a, b) => b.length - a.length)[0] ?? null;
  return { name, role };
}
