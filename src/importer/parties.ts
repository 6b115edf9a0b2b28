/**
 * Who must act, as a notice words it: "giao Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài
 * chính và các cơ quan liên quan", "(qua Sở Văn hoá, Thể thao và Du lịch để tổng hợp, báo cáo)",
 * "UBND huyện Tràng Định rà soát …". Each party is an agency, a locality or, when the notice
 * names nobody precisely, its own words.
 */
import type { Party } from '../domain/schemas/common.ts';
import type { ExtractContext } from './context.ts';
import { localitiesIn } from './localities.ts';
import { matchAgencyAt } from './match-agency.ts';

// Where the name of a party ends: the verb of what it must do.
const VERB = String.raw`để|rà soát|xem xét|thực hiện|giải quyết|tổ chức|báo cáo|đề xuất|triển khai|hướng dẫn|kiểm tra|tham mưu|tổng hợp|chỉ đạo|hỗ trợ`;
const UNTIL = String.raw`(?= (?:${VERB})(?![\p{L}])|[;.]|$)`;

/** One party from its words. */
export function parseParty(ctx: ExtractContext, words: string, inspected: readonly string[], field: string, line: number): Party {
  const text = words.trim().replace(/[,;.]$/u, '');
  const agency = matchAgencyAt(text, ctx.reference.agencies);
  if (agency?.agency && agency.printed.length >= text.length - 1) {
    if (agency.how !== 'exact') {
      ctx.notes.push({ kind: 'fuzzy', field, message: `"${agency.printed}" → ${agency.agency.id} (${agency.agency.name}), khớp bỏ dấu`, line });
    }
    return { agency: agency.agency.id };
  }
  if (/^(UBND|Ủy ban nhân dân) (huyện|xã|thành phố|thị xã|phường|thị trấn) /u.test(text)) {
    const ids = localitiesIn(ctx, text, inspected);
    if (ids.length === 1) return { locality: ids[0]! };
  }
  return { text };
}

/** Parties joined by "và" or, between agencies, by commas. */
export function parseParties(ctx: ExtractContext, words: string, inspected: readonly string[], field: string, line: number): Party[] {
  return words
    .split(/ và (?=các |Sở |UBND |Ban |Văn phòng )|, (?=Sở |UBND )/u)
    .map((w) => parseParty(ctx, w, inspected, field, line));
}

export interface Roles {
  lead: Party[];
  coordinating: Party[];
  consolidating: Party[];
}

/** Reads lead, coordinating and consolidating parties from a directive or an answer. */
export function findRoles(ctx: ExtractContext, text: string, inspected: readonly string[], field: string, line: number): Roles {
  const roles: Roles = { lead: [], coordinating: [], consolidating: [] };
  const lead = /giao (.+?) chủ trì/u.exec(text);
  if (lead) roles.lead.push(...parseParties(ctx, lead[1]!, inspected, `${field}.lead`, line));
  else {
    // "UBND huyện Tràng Định rà soát …": the answer opens with who must act.
    const subject = new RegExp(`^((?:UBND|Ủy ban nhân dân|Sở) .+?)${UNTIL}`, 'u').exec(text);
    if (subject) roles.lead.push(parseParty(ctx, subject[1]!, inspected, `${field}.lead`, line));
  }
  const coordinating = new RegExp(`phối hợp(?: chặt chẽ)? với (.+?)${UNTIL}`, 'u').exec(text);
  if (coordinating) roles.coordinating.push(...parseParties(ctx, coordinating[1]!, inspected, `${field}.coordinating`, line));
  const consolidating = /qua (.+?) để tổng hợp/u.exec(text);
  if (consolidating) roles.consolidating.push(...parseParties(ctx, consolidating[1]!, inspected, `${field}.consolidating`, line));
  return roles;
}

/** Whom an answer goes to for a decision: "báo cáo UBND tỉnh xem xét" → UBND tỉnh. */
export function decidedBy(text: string): string | null {
  return /(?:báo cáo|đề xuất|trình) ((?:Chủ tịch )?(?:UBND|HĐND) tỉnh)(?![\p{L}])/u.exec(text)?.[1] ?? null;
}
