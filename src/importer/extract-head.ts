/**
 * The head of a notice: number and place/date line (blanks stay blank; an excerpt's closing
 * citation stands in for them, closing-citation.ts), document type, title,
 * issuer, presiding official, inspection programme, inspection date (its year from the rest of
 * the text when not printed, event-year.ts) and team, participating
 * agencies, local participants and inspected units; and its foot: recipients and signature.
 */
import type { ExtractContext } from './context.ts';
import type { DraftFrontmatter, DraftLegalReference } from './draft.ts';
import { readClosingCitation } from './closing-citation.ts';
import { ANY_LEAP_YEAR, findDates, type FoundDate } from './extract-dates.ts';
import { eventYear, inspectionPeriod, pageDateAnchors, sentenceAt, sentenceStart, type Anchor } from './event-year.ts';
import { findReferences } from './extract-legal-references.ts';
import { matchAgencyList } from './match-agency.ts';
import { findLocalityMentions } from './match-locality.ts';
import type { Paragraph } from './segment.ts';
import { resolveLocalities } from './localities.ts';
import { findIssuer } from './find-issuer.ts';
import { DOCUMENT_TYPE_RE, readDateLine, readNumberLine, readSignature } from './head-lines.ts';

type Head = Pick<
  DraftFrontmatter,
  | 'documentType' | 'number' | 'numberPrinted' | 'date' | 'datePrinted' | 'dateSource' | 'dateBasis' | 'issuer' | 'title' | 'presiding'
  | 'signature' | 'absent' | 'programme' | 'inspectionDate' | 'team' | 'agencies' | 'agenciesPrinted'
  | 'localParticipants' | 'inspected' | 'recipients'
>;

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

  // An excerpt may end by naming the notice it is cut from: its number and date (closing-citation.ts).
  const citation = readClosingCitation(ctx.segments);
  const cited = citation === null ? '' : `câu dẫn nguồn cuối bản trích "${citation.paragraph.text}"`;
  const numberLine = readNumberLine(paras);
  const numberPara = numberLine?.para;
  let number = numberLine?.number ?? null;
  let numberPrinted = numberPara?.text ?? null;
  // A field the text lacks is written null with an `absent` entry whose reason only a person can give.
  const absent: Head['absent'] = [];
  const lacks = (field: Head['absent'][number]['field'], what: string): void => {
    absent.push({ field, reason: null });
    note('missing', field, `văn bản được nhập không có ${what}: để ${field}: null và viết lý do vào absent (reason), ví dụ "bản đăng trên cổng thông tin không kèm phần này"; nếu bản gốc có, chép vào ${field} và xóa mục absent`, null);
  };
  if (!numberPara && citation) {
    number = citation.number;
    numberPrinted = citation.numberPrinted;
    note('uncertain', 'number', `văn bản không có dòng "Số: …"; số ${number} lấy từ ${cited}: đó là số của chính thông báo, numberPrinted ghi "${numberPrinted}" — đối chiếu bản gốc`, citation.paragraph.line);
  } else if (!numberPara) lacks('numberPrinted', 'dòng "Số: …"');
  else if (citation && citation.number !== number) note('anomaly', 'number', `dòng số ghi "${numberPara.text}" nhưng ${cited} ghi số ${citation.number}; giữ dòng số, kiểm tra`, citation.paragraph.line);
  else if (number === null) note('anomaly', 'number', `số văn bản để trống ("${numberPara.text}"); để null, không tự điền`, numberPara.line);

  const dateLine = readDateLine(paras);
  const datePara = dateLine?.para;
  let date = dateLine?.date ?? null;
  const place = dateLine?.place ?? null;
  let dateSource: Head['dateSource'];
  let dateBasis: string | null | undefined;
  if (!dateLine && citation?.date?.iso) {
    date = citation.date.iso;
    ctx.year = Number(date.slice(0, 4));
    dateSource = 'not-in-text';
    dateBasis = citation.printed;
    note('uncertain', 'date', `văn bản không có dòng địa danh, ngày tháng năm; ngày ban hành ${date} lấy từ ${cited} (dateSource: not-in-text, dateBasis: "${citation.printed}") — đối chiếu bản gốc`, citation.paragraph.line);
  } else if (!dateLine && citation?.date) {
    dateSource = 'not-in-text';
    dateBasis = null;
    note('missing', 'date', `văn bản không có dòng địa danh, ngày tháng năm; ${cited} ghi "${citation.date.printed}", không có năm: để date trống, không đoán năm; ghi ngày đủ và dateBasis nếu bản gốc cho biết`, citation.paragraph.line);
  } else if (!dateLine) {
    note('missing', 'datePrinted', 'văn bản được lưu không có dòng địa danh, ngày tháng năm: dateSource ghi not-in-text; ghi date và dateBasis (câu trong văn bản mà ngày dựa vào) nếu văn bản cho biết, không thì để trống', null);
    dateSource = 'not-in-text';
    dateBasis = null;
  } else if (dateLine.error !== null) {
    note('uncertain', 'date', `không đọc được ngày "${dateLine.printed}": ${dateLine.error}`, dateLine.para.line);
  } else {
    const { printed, yearFrom, para } = dateLine;
    if (citation?.date?.iso && citation.date.iso !== dateLine.date) note('anomaly', 'date', `dòng ngày ghi "${printed}" nhưng ${cited} ghi "${citation.date.printed}"; giữ dòng ngày, kiểm tra`, citation.paragraph.line);
    ctx.year = dateLine.year;
    if (dateLine.form === 'year-inferred' && yearFrom) {
      dateSource = 'year-inferred';
      dateBasis = yearFrom.basis;
      note('uncertain', 'date', `dòng ngày "${printed}" không ghi năm; lấy năm ${yearFrom.year} từ "${yearFrom.basis}" (dateSource: year-inferred) — kiểm tra`, para.line);
    } else if (dateLine.form === 'partial') {
      dateSource = 'partial';
      note('uncertain', 'date', `văn bản chỉ ghi "${printed}" (không có chỗ cho ngày); lưu ${date}, dateSource: partial`, para.line);
    } else if (dateLine.form === 'blank-day') note('anomaly', 'date', `ngày ban hành để trống ("${printed}"); lưu ${date}, không tự điền ngày`, para.line);
  }

  const typeIndex = paras.findIndex((p) => DOCUMENT_TYPE_RE.test(p.text));
  const titlePara = typeIndex === -1 ? undefined : paras[typeIndex + 1];
  const title = titlePara?.text ?? null;
  if (!title) note('missing', 'title', 'không thấy tên loại văn bản (THÔNG BÁO) và trích yếu', null);
  const typeWord = typeIndex === -1 ? null : paras[typeIndex]!.text.toLowerCase();
  const documentType =
    typeWord === null ? null : typeWord[0]!.toUpperCase() + typeWord.slice(1) + (title?.startsWith('Kết luận') && !typeWord.endsWith('kết luận') ? ' kết luận' : '');

  ctx.issued = date;
  const issuer = findIssuer(ctx, paras, numberPara, place);

  const basisIndex = paras.findIndex((p) => p.line !== citation?.paragraph.line && /^(Thực hiện|Căn cứ|Theo|Thực hiện Kế hoạch)\b/u.test(p.text));
  const basis = basisIndex === -1 ? undefined : paras[basisIndex];
  const narrative = basisIndex === -1 ? [] : paras.slice(basisIndex);
  if (!basis) note('missing', 'programme', 'không thấy đoạn căn cứ ("Thực hiện Chương trình …")', null);

  let programme: DraftLegalReference | null = null;
  let inspectionDate: string | null = null;
  const refRanges: [number, number][] = [];
  if (basis) {
    const refs = findReferences(basis.text, { province: ctx.province?.name ?? null, year: ctx.year, issued: ctx.issued ?? null, notes: ctx.notes, line: basis.line });
    refs.forEach((r) => refRanges.push([r.index, r.end]));
    const first = refs[0];
    if (first) {
      programme = first.ref;
      if (!/Chương trình|Kế hoạch/u.test(first.ref.type)) note('uncertain', 'programme', `văn bản căn cứ đầu tiên là ${first.ref.type} ${first.ref.number}, không phải Chương trình/Kế hoạch kiểm tra`, basis.line);
    } else note('missing', 'programme', 'đoạn căn cứ không nêu số chương trình kiểm tra', basis.line);
  }
  const everything = paras.map((p) => p.text).join('\n');
  // The first date of the basis that is not a referenced document's ("…, ngày 09/4/2024, đồng chí
  // …"), else a sentence about the inspection that opens with its day ("Chiều ngày 14/8, Đoàn
  // kiểm tra …"); a day without a year takes it from the rest of the text (event-year.ts).
  const visit = basis ? findDates(basis.text, ANY_LEAP_YEAR).find((d) => d.printed.startsWith('ngày') && !refRanges.some(([a, b]) => d.index >= a && d.index < b)) : undefined;
  const event = visit ? { para: basis!, found: visit } : inspectionEvent(paras.filter((p) => p.line !== citation?.paragraph.line));
  if (event) {
    const { para, found } = event;
    const sentence = sentenceAt(para.text, found.index);
    // The day as the sentence opens with it ("Chiều ngày 14/8", "Ngày 3-3"); in the basis, the date itself.
    const dayPrinted = visit ? found.printed : para.text.slice(sentenceStart(para.text, found.index), found.index + found.printed.length);
    if (!visit) note('uncertain', 'inspectionDate', `ngày kiểm tra lấy từ câu "${sentence}" (không có đoạn căn cứ "Thực hiện …" nêu ngày) — kiểm tra`, para.line);
    if (!found.yearFromContext) inspectionDate = found.iso;
    else {
      const issued: Anchor[] = date === null ? [] : [{ iso: date, basis: dateLine?.printed ?? citation!.printed, what: 'ngày ban hành' }];
      const [, month, day] = found.iso.split('-').map(Number) as [number, number, number];
      const year = eventYear(day, month, {
        anchors: [...issued, ...pageDateAnchors(paras)],
        sentence,
        paragraph: para.text,
        text: everything,
        period: inspectionPeriod(everything),
      });
      if (year.iso !== null) {
        inspectionDate = year.iso;
        note('uncertain', 'inspectionDate', `ngày kiểm tra "${dayPrinted}" không ghi năm; lấy năm ${year.year}: ${year.how} — kiểm tra`, para.line);
      } else {
        note('missing', 'inspectionDate', `ngày kiểm tra "${dayPrinted}" không ghi năm và văn bản không cho biết năm (${year.reason}): để inspectionDate trống, không đoán; ghi ngày đủ nếu bản gốc cho biết`, para.line);
      }
    }
  } else if (basis) note('missing', 'inspectionDate', 'đoạn căn cứ không nêu ngày kiểm tra', basis.line);

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
  const { chain, signer } = readSignature(signature);
  if (chain.length === 0 && signer === null) lacks('signature', 'phần chữ ký (TL./KT. …, người ký)');
  else if (chain.length === 0) note('missing', 'signature.chain', 'không thấy khối chữ ký (TL./KT. …)', null);
  else if (signer === null) note('missing', 'signature.signer', 'không thấy tên người ký', null);

  return {
    head: {
      documentType, number, numberPrinted, date, datePrinted: datePara?.text ?? null,
      ...(dateSource === undefined ? {} : { dateSource }), ...(dateBasis === undefined ? {} : { dateBasis }),
      issuer, title, presiding, signature: chain.length === 0 && signer === null ? null : { chain, signer }, absent, programme, inspectionDate, team, agencies,
      agenciesPrinted, localParticipants, inspected, recipients: recipientTexts,
    },
    narrative,
  };
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

/**
 * A sentence about the inspection (it says "kiểm tra" or "làm việc") that opens with its day:
 * "Chiều ngày 14/8, Đoàn kiểm tra …", "Sáng 5/3, …", "Ngày 14/8/2024, đồng chí … đã kiểm tra".
 * A day that starts a range ("Từ ngày 14/8 đến …", "Ngày 14/8 - 16/8") or stands inside a
 * sentence (a legal reference's date) is not it.
 */
function inspectionEvent(paras: readonly Paragraph[]): { para: Paragraph; found: FoundDate } | null {
  for (const para of paras) {
    for (const found of findDates(para.text, ANY_LEAP_YEAR)) {
      const lead = para.text.slice(sentenceStart(para.text, found.index), found.index);
      if (!/^(?:(?:sáng|chiều|trưa|tối|đêm)\s+(?:nay\s+\()?)?(?:ngày\s+)?$/iu.test(lead)) continue;
      if (/^\s*(?:đến|tới|-|–|—|và)\s*(?:ngày\s*)?\d/u.test(para.text.slice(found.index + found.printed.length))) continue;
      if (/kiểm tra|làm việc/u.test(sentenceAt(para.text, found.index))) return { para, found };
    }
  }
  return null;
}
