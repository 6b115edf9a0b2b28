/** How a status report is named where a status cites it: its type, number, date and issuer. */
import type { Report } from '../domain/model.ts';
import { formatViDate } from '../domain/vi-date.ts';
import { partyName } from './party-name.ts';

/** `Báo cáo số 112/BC-UBND ngày 20/6/2024 của UBND huyện Tràng Định`; a blank number is said so. */
export function reportCitation(r: Pick<Report, 'documentType' | 'number' | 'date' | 'issuer'>): string {
  return `${r.documentType} ${r.number ? `số ${r.number}` : '(số để trống trong văn bản)'} ngày ${formatViDate(r.date)} của ${partyName(r.issuer)}`;
}
