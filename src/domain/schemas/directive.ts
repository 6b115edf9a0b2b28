/** Schemas of what a notice asks for (directives) and what it answers (proposals). */
import { z } from 'astro/zod';
import { isoPartialDate, localityRef, party, slugId } from './common.ts';

/**
 * Status of a directive or proposal, as a commitment tracker rates it. A notice holds none: each
 * status comes from a report (schemas/report.ts), dated and resting on its sentence; with none
 * the portal says "chưa có báo cáo" (not yet reported).
 */
export const statusValue = z.enum(['dang-thuc-hien', 'hoan-thanh', 'qua-han', 'khong-con-ap-dung']);
export type StatusValue = z.infer<typeof statusValue>;

/** A deadline or target date the notice states, with its words: "phấn đấu đạt chuẩn … năm 2024". */
export const deadline = z.strictObject({
  date: isoPartialDate,
  printed: z.string().min(1),
});
export type Deadline = z.infer<typeof deadline>;

/**
 * One directive (nhiệm vụ). Example: section 2.1 item `a` to huyện Tràng Định, citing
 * Quyết định 136/QĐ-UBND.
 */
export const directive = z.strictObject({
  /** Unique within the notice: `2.1-a`, `2.2`, `2.3`. */
  id: z.string().regex(/^\d+(\.\d+)*(-[a-zđ])?$/, { error: 'một mã nhiệm vụ, ví dụ 2.1-a hoặc 2.2' }),
  /** Section of the notice: 2.1. */
  section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'số mục của thông báo, ví dụ 2 hoặc 2.1' }),
  /** Vietnamese item letter: a b c d đ e g h i k (no f); null when the section has no items. */
  label: z.enum(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k']).nullable(),
  /** Who it is addressed to, as printed, and which localities / agencies that means. */
  addressee: z.strictObject({
    printed: z.string().min(1),
    localities: z.array(localityRef).default([]),
    agencies: z.array(slugId).default([]),
  }),
  /** Short topic for lists: "Sản xuất nông, lâm nghiệp". */
  topic: z.string().min(1),
  /** The directive's words, verbatim. */
  text: z.string().min(1),
  /** Who leads and who coordinates, where the notice names them. */
  lead: z.array(party).default([]),
  coordinating: z.array(party).default([]),
  /** Ids of legal references (see the notice's `legalReferences`) it cites. */
  legalRefs: z.array(slugId).default([]),
  /** Ids of proposals this directive answers (item g answers the district's proposals). */
  proposals: z.array(slugId).default([]),
  deadline: deadline.nullable().default(null),
  /**
   * Earlier directives this one repeats ("tiếp tục chỉ đạo…", "như đã kết luận tại Thông báo số …"):
   * the earlier notice's id, the item's id there, and the words of this notice that say so.
   */
  repeats: z.array(z.strictObject({ notice: slugId, item: z.string().min(1), printed: z.string().min(1) })).default([]),
});
export type Directive = z.infer<typeof directive>;

/**
 * One proposal (kiến nghị, đề xuất) from the inspected locality and the answer the notice
 * gives. Example: 240 triệu đồng for 02 village cultural houses, consolidated by Sở VHTTDL.
 */
export const proposal = z.strictObject({
  /** Unique within the notice: `de-xuat-1`. */
  id: slugId,
  /** Who asked: a locality (180) or an agency. */
  from: party,
  /** Short topic: "Nhà văn hóa thôn". */
  topic: z.string().min(1),
  /** The request, verbatim. */
  request: z.string().min(1),
  /** Localities the request concerns (xã Tân Minh, xã Chí Minh). */
  localities: z.array(localityRef).default([]),
  /** The notice's answer, verbatim: who must do what. */
  response: z.string().min(1),
  /** Who must act on the answer, by role, where the notice names them. */
  lead: z.array(party).default([]),
  coordinating: z.array(party).default([]),
  /** Who gathers the reports and submits them (qua Sở … để tổng hợp, báo cáo). */
  consolidating: z.array(party).default([]),
  /** Whom the answer goes to for a decision: UBND tỉnh. */
  decidedBy: z.string().nullable().default(null),
  legalRefs: z.array(slugId).default([]),
});
export type Proposal = z.infer<typeof proposal>;
