/**
 * One proposal (kiến nghị, đề xuất) and the notice's answer, from a line such as
 * "- Bổ sung kinh phí … 02 tuyến đường xã …: giao Sở Giao thông vận tải chủ trì, phối hợp với Sở
 * Tài chính …": the request before the last colon, the answer after it, who leads, coordinates,
 * consolidates and decides, the localities and legal references the request names.
 */
import type { ExtractContext } from './context.ts';
import type { DraftProposal } from './draft.ts';
import { localitiesIn } from './localities.ts';
import { decidedBy, findRoles } from './parties.ts';
import { slice, type Paragraph } from './segment.ts';

/** A bulleted line: "- ", "– ", "+ ", "• ". */
export const BULLET_RE = /^[-–•+]\s*/u;

/** The proposal on bulleted line `p`, asked by the locality `fromId`. */
export function extractProposal(
  ctx: ExtractContext,
  p: Paragraph,
  id: string,
  fromId: string | null,
  inspected: readonly string[],
  refIds: (p: Paragraph) => string[],
): DraftProposal {
  const body = slice(p, p.text.match(BULLET_RE)![0].length);
  const colon = body.text.lastIndexOf(': ');
  const request = colon === -1 ? body : slice(body, 0, colon);
  const response = colon === -1 ? null : slice(body, colon + 1);
  if (response === null) ctx.notes.push({ kind: 'missing', field: `proposals[${id}].response`, message: 'không thấy phần trả lời (sau dấu ":")', line: p.line });
  if (fromId === null) ctx.notes.push({ kind: 'missing', field: `proposals[${id}].from`, message: 'không xác định được địa phương đề xuất', line: p.line });
  const roles = response ? findRoles(ctx, response.text, inspected, `proposals[${id}]`, p.line) : { lead: [], coordinating: [], consolidating: [] };
  return {
    id,
    from: fromId === null ? null : { locality: fromId },
    topic: null,
    request: request.text,
    localities: localitiesIn(ctx, request.text, inspected).filter((l) => l !== fromId),
    response: response?.text ?? null,
    lead: roles.lead,
    coordinating: roles.coordinating,
    consolidating: roles.consolidating,
    decidedBy: response ? decidedBy(response.text) : null,
    legalRefs: [...refIds(request), ...(response ? refIds(response) : [])],
  };
}
