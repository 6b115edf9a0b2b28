/**
 * The head and foot of a status report: number line (blank `Số: /BC-UBND` → number null), the
 * place-and-date line (a blank day gives a partial date, as for a notice), the name of the kind
 * of document and the title under it, the issuing body as its header prints it, and the signer.
 * The lines are read by ../head-lines.ts, the notice importer's reader; the notes are the report's.
 */
import type { Note } from '../draft.ts';
import { readDateLine, readNumberLine, readSignature } from '../head-lines.ts';
import type { Paragraph, Segments } from '../segment.ts';
import { REPORT_TYPE_RE } from './recognise.ts';

/** The head and foot of a report as read; null where the text leaves a field blank. */
export interface ReportHead {
  documentType: string | null;
  number: string | null;
  numberPrinted: string | null;
  date: string | null;
  datePrinted: string | null;
  /** The place of the date line: `Tràng Định`. */
  place: string | null;
  title: string | null;
  /** Index in `segments.head` of the first paragraph after the title. */
  afterTitle: number;
  issuerPrinted: string | null;
  signer: string | null;
}

/** Paragraphs that end the title: the addressee, the basis, a part. */
const AFTER_TITLE_RE = /^(?:Kính gửi|Thực hiện|Căn cứ|Theo|Triển khai|Nhằm|I\.|1\.)(?![\p{L}])/u;
/** The national motto of the header, which is no issuing body. */
const MOTTO_RE = /^(?:CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)(?![\p{L}])/u;
/** Words that begin the name of a body: a header "UBND TỈNH LẠNG SƠN / SỞ TÀI CHÍNH" names two, the issuer last. */
const BODY_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|THANH TRA|SỞ|BAN|VĂN PHÒNG|PHÒNG|CHI CỤC|CỤC|TRUNG TÂM|KHO BẠC)(?![\p{L}])/u;

const isCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi-VN');

/** The issuing body of the header: the capital lines above the number, the motto left out, the last body named. */
function issuerOf(paras: readonly Paragraph[], stop: number): string | null {
  const bodies: string[][] = [];
  for (const p of paras.slice(0, stop)) {
    if (!isCapitals(p.text) || MOTTO_RE.test(p.text) || REPORT_TYPE_RE.test(p.text)) continue;
    if (BODY_RE.test(p.text) || bodies.length === 0) bodies.push([p.text]);
    else bodies.at(-1)!.push(p.text);
  }
  return bodies.at(-1)?.join(' ') ?? null;
}

/** Reads the head of `segments`, pushing a note for each field the text leaves blank or unsure. */
export function readReportHead(segments: Segments, notes: Note[]): ReportHead {
  const paras = segments.head;
  const note = (kind: Note['kind'], field: string, message: string, line: number | null): void => {
    notes.push({ kind, field, message, line });
  };
  const numberLine = readNumberLine(paras);
  if (!numberLine) note('missing', 'numberPrinted', 'không thấy dòng "Số: …"; chép từ bản gốc nếu có', null);
  else if (numberLine.number === null) note('anomaly', 'number', `số báo cáo để trống ("${numberLine.para.text}"); để null, không tự điền`, numberLine.para.line);

  const dateLine = readDateLine(paras);
  if (!dateLine) note('missing', 'date', 'không thấy dòng địa danh, ngày tháng năm: ghi date và datePrinted từ bản gốc', null);
  else if (dateLine.error !== null) note('uncertain', 'date', `không đọc được ngày "${dateLine.printed}": ${dateLine.error}`, dateLine.para.line);
  else if (dateLine.form === 'year-inferred') note('uncertain', 'date', `dòng ngày "${dateLine.printed}" không ghi năm; lấy năm ${dateLine.yearFrom!.year} từ "${dateLine.yearFrom!.basis}" — kiểm tra`, dateLine.para.line);
  else if (dateLine.form !== 'full') note('anomaly', 'date', `ngày báo cáo để trống ("${dateLine.printed}"); lưu ${dateLine.date}, không tự điền ngày`, dateLine.para.line);

  const typeIndex = paras.findIndex((p) => REPORT_TYPE_RE.test(p.text));
  const inline = typeIndex === -1 ? undefined : REPORT_TYPE_RE.exec(paras[typeIndex]!.text)?.[1];
  const titleParas: Paragraph[] = [];
  for (let i = typeIndex + 1; typeIndex !== -1 && inline === undefined && i < paras.length && titleParas.length < 3; i++) {
    if (AFTER_TITLE_RE.test(paras[i]!.text) || paras[i] === dateLine?.para) break;
    titleParas.push(paras[i]!);
  }
  const title = inline ?? (titleParas.length > 0 ? titleParas.map((p) => p.text).join(' ') : null);
  if (typeIndex === -1) note('missing', 'documentType', 'không thấy dòng "BÁO CÁO"; văn bản được nhận là báo cáo theo ký hiệu số (/BC-)', null);
  if (title === null) note('missing', 'title', 'không thấy trích yếu dưới dòng "BÁO CÁO"', null);

  const stop = [numberLine?.para, dateLine?.para, paras[typeIndex]].map((p) => (p ? paras.indexOf(p) : -1)).filter((i) => i >= 0);
  const issuerPrinted = issuerOf(paras, stop.length > 0 ? Math.min(...stop) : 0);
  if (issuerPrinted === null) note('missing', 'issuerPrinted', 'không thấy tên cơ quan ban hành ở đầu văn bản (dòng chữ in hoa trên dòng "Số: …")', null);
  const { signer } = readSignature(segments.signature);
  if (signer === null) note('missing', 'signer', 'không thấy tên người ký sau khối chữ ký (TM./KT. …): để null nếu bản được lưu không có', null);

  return {
    documentType: typeIndex === -1 ? null : 'Báo cáo',
    number: numberLine?.number ?? null,
    numberPrinted: numberLine?.para.text ?? null,
    date: dateLine?.date ?? null,
    datePrinted: dateLine?.para.text ?? null,
    place: dateLine?.place ?? null,
    title,
    afterTitle: typeIndex === -1 ? 0 : typeIndex + 1 + titleParas.length,
    issuerPrinted,
    signer,
  };
}
