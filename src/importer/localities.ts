/**
 * Localities across the whole notice: every mention is matched once, fuzzy matches are grouped
 * for the report and for the draft's data-quality notes ("Trảng Định" × 5 → 180), and units
 * that section 1 assesses although the notice did not inspect them are flagged.
 */
import type { DataQualityNote } from '../domain/schemas/notice.ts';
import type { ExtractContext } from './context.ts';
import { findLocalityMentions, findUntypedMentions, matchLocality, type LocalityMatch, type LocalityMention } from './match-locality.ts';
import type { OtherUnit, RegisterUnit } from './reference-lists.ts';
import type { Paragraph } from './segment.ts';
import { findVerbatim } from '../domain/verbatim.ts';

/** Units a paragraph's context points to: units already known as inspected, districts it names. */
function near(ctx: ExtractContext, mentions: readonly LocalityMention[], inspected: readonly string[]): string[] {
  const districts = mentions
    .filter((m) => m.type === 'huyện' || m.type === 'thành phố' || m.type === 'thị xã')
    .map((m) => matchLocality(m, ctx.reference.units, [], ctx.reference.others).unit?.id)
    .filter((id): id is string => id !== undefined);
  return [...inspected, ...districts, ...(ctx.province ? [ctx.province.id] : [])];
}

/**
 * Ids of the units `mentions` name, in order, without repeats. A district named only as the
 * parent of a commune just before it ("xã Chí Minh, huyện Tràng Định") is context, not a unit
 * of its own, and is left out when `dropParents` is set.
 */
export function resolveLocalities(ctx: ExtractContext, mentions: readonly LocalityMention[], inspected: readonly string[] = [], dropParents = false): string[] {
  const context = near(ctx, mentions, inspected);
  const units = mentions.map((m) => matchLocality(m, ctx.reference.units, context, ctx.reference.others).unit).filter((u) => u !== null);
  const ids = [...new Set(units.map((u) => u.id))];
  if (!dropParents) return ids;
  const parents = new Set(units.map((u) => u.parentId));
  return ids.filter((id) => !parents.has(id));
}

/** Localities named in a text, as ids. */
export function localitiesIn(ctx: ExtractContext, text: string, inspected: readonly string[], dropParents = false): string[] {
  return resolveLocalities(ctx, findLocalityMentions(text, ctx.reference.units), inspected, dropParents);
}

interface Occurrence {
  match: LocalityMatch;
  line: number;
}

/**
 * Matches every mention in the notice; adds a note per fuzzy, unknown or ambiguous name and
 * returns the spelling and inconsistency notes for the draft's `dataQuality`.
 */
export function reviewLocalities(ctx: ExtractContext, all: readonly { section: string | null; paragraph: Paragraph }[], inspected: readonly string[]): DataQualityNote[] {
  const occurrences: (Occurrence & { section: string | null })[] = [];
  const untyped: { units: RegisterUnit[]; line: number }[] = [];
  for (const { section, paragraph } of all) {
    const mentions = findLocalityMentions(paragraph.text, ctx.reference.units);
    const context = near(ctx, mentions, inspected);
    for (const m of mentions) occurrences.push({ match: matchLocality(m, ctx.reference.units, context, ctx.reference.others), line: paragraph.line, section });
    for (const u of findUntypedMentions(paragraph.text, ctx.reference.units, mentions)) untyped.push({ ...u, line: paragraph.line });
  }
  const quality: DataQualityNote[] = [];
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    if (o.match.how === 'exact') continue;
    const key = `${o.match.mention.type} ${o.match.mention.name}|${o.match.how}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const list of groups.values()) {
    const { match } = list[0]!;
    const printed = `${match.mention.type} ${match.mention.name}`;
    const lines = list.map((o) => o.line).join(', ');
    if (match.unit) {
      ctx.notes.push({
        kind: 'fuzzy',
        field: 'localities',
        message: `"${printed}" → ${match.unit.id} ${match.unit.type} ${match.unit.name} (khớp ${match.how === 'diacritics' ? 'bỏ dấu' : 'gần đúng'}), ${list.length} lần, dòng ${lines}`,
        line: list[0]!.line,
      });
      const correct = occurrences.filter((o) => o.match.how === 'exact' && o.match.unit?.id === match.unit!.id).length;
      quality.push({
        kind: 'spelling',
        note: `Tên đơn vị được in là "${match.mention.name}" ${list.length} lần (đúng là ${match.unit.name}, mã ${match.unit.id}; văn bản in đúng ${correct} lần). Cổng giữ nguyên chữ trong các đoạn trích và gắn với ${match.unit.type} ${match.unit.name}.`,
        quote: match.mention.name,
        occurrences: findVerbatim(ctx.segments.source, match.mention.name).length,
      });
    } else if (match.how === 'other-province') {
      const where = match.candidates
        .map((u) => {
          const province = (u as OtherUnit).province;
          return province === undefined || province === `${u.type} ${u.name}` ? `${u.id} ${u.type} ${u.name}` : `${u.id} ${u.type} ${u.name}, ${province}`;
        })
        .join('; ');
      ctx.notes.push({ kind: 'uncertain', field: 'localities', message: `"${printed}" là đơn vị của tỉnh khác (${where}), không phải của tỉnh này; không gắn, dòng ${lines}`, line: list[0]!.line });
    } else if (match.how === 'ambiguous') {
      ctx.notes.push({ kind: 'uncertain', field: 'localities', message: `"${printed}" có thể là ${match.candidates.map((u) => `${u.id} (thuộc ${u.parentId})`).join(' hoặc ')}; chưa gắn`, line: list[0]!.line });
    } else {
      const country = ctx.reference.others.length > 0 ? ' và danh mục cả nước (content/gazetteer)' : '';
      ctx.notes.push({ kind: 'uncertain', field: 'localities', message: `"${match.mention.name}" sau chữ "${match.mention.type}" không trùng tên đơn vị nào trong content/localities${country}: không coi là đơn vị (có thể là tên người); nếu là đơn vị cũ đã sáp nhập, thêm vào former-units.csv — dòng ${lines}`, line: list[0]!.line });
    }
  }
  // A unit of the register named without its type word is reported, never attached silently.
  const bare = new Map<string, { units: RegisterUnit[]; lines: number[] }>();
  for (const u of untyped) {
    const key = u.units.map((x) => x.id).join('|');
    bare.set(key, { units: u.units, lines: [...(bare.get(key)?.lines ?? []), u.line] });
  }
  for (const { units, lines } of bare.values()) {
    const names = units.map((u) => `${u.type} ${u.name} (${u.id})`).join(' hoặc ');
    ctx.notes.push({ kind: 'uncertain', field: 'localities', message: `"${units[0]!.name}" (không kèm loại đơn vị) trùng tên ${names}; chưa gắn — gắn nếu văn bản nói về đơn vị này, dòng ${[...new Set(lines)].join(', ')}`, line: lines[0]! });
  }
  // Section 1 assesses the inspected units; a commune it names that was not inspected is
  // most likely a slip of the pen, and a reader must be told.
  for (const o of occurrences) {
    const unit = o.match.unit;
    if (o.section !== '1' || unit === null || inspected.includes(unit.id) || unit.type === 'tỉnh') continue;
    const printed = `${o.match.mention.type} ${o.match.mention.name}`;
    const others = inspected.filter((id) => id !== unit.parentId).join(', ');
    ctx.notes.push({ kind: 'anomaly', field: 'findings', message: `Mục 1 nêu "${printed}" (${unit.id}) nhưng đơn vị được kiểm tra là ${others}; kiểm tra lại văn bản`, line: o.line });
    quality.push({
      kind: 'inconsistency',
      note: `Mục 1 nêu "${printed}" (mã ${unit.id}), trong khi đoạn mở đầu nêu đơn vị được kiểm tra là ${others}. Cần đối chiếu với văn bản gốc.`,
      quote: o.match.mention.printed,
      occurrences: findVerbatim(ctx.segments.source, o.match.mention.printed).length,
    });
  }
  return quality;
}
