/**
 * The numbered sections of a notice: findings (section 1: achievements, then shortcomings
 * after "Tuy nhiên … tồn tại, hạn chế như: a; b; c"), directives (2.1 items a–g, 2.2, 2.3, with
 * addressee, lead and coordinating parties, legal references and deadlines) and the proposals
 * a directive answers (the "- …: giao Sở … chủ trì" lines under item g). Every text is kept
 * verbatim; the figures of each paragraph are collected on the way.
 */
import type { ExtractContext } from './context.ts';
import type { DraftDirective, DraftFinding, DraftLegalReference, DraftProposal } from './draft.ts';
import { extractFigures, type FigureState } from './extract-figures.ts';
import { findReferences } from './extract-legal-references.ts';
import { localitiesIn } from './localities.ts';
import { matchAgencyAt } from './match-agency.ts';
import { findRoles } from './parties.ts';
import { BULLET_RE, extractProposal } from './extract-proposals.ts';
import { ITEM_RE, slice, type Paragraph, type Section } from './segment.ts';

export interface SectionsResult {
  findings: DraftFinding[];
  directives: DraftDirective[];
  proposals: DraftProposal[];
  legalReferences: DraftLegalReference[];
}

type Label = DraftDirective['label'];
const LABELS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];
const PROPOSALS_RE = /kiến nghị|đề xuất/u;
const SHORTCOMING_RE = /^(Tuy nhiên|Bên cạnh đó|Bên cạnh kết quả)|tồn tại, hạn chế|hạn chế, tồn tại/u;
const NEGATIVE_RE = /Tuy nhiên|chưa|chậm|thấp|hạn chế|tồn tại|khó khăn|vướng mắc/u;
const THEREFORE_RE = /(?:^|(?<=\.\s))(Do vậy|Vì vậy|Vì thế|Do đó)/u;
const VERB_RE = / (tiếp tục|tập trung|chủ động|khẩn trương|có trách nhiệm|phối hợp|rà soát|thực hiện|quan tâm)(?![\p{L}])/u;
const LEAD_IN_RE = /,?\s*(?:cụ thể )?như sau\s*:$|:$/u;
const END_MARK_RE = /\s*\.\/\.$/u;

const range = (p: Paragraph): [number, number] => [p.origin[0] ?? 0, (p.origin.at(-1) ?? 0) + 1];

/** Sentences of a paragraph (a period followed by a capital), as paragraphs of their own. */
function sentences(p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const m of p.text.matchAll(/\.\s+(?=\p{Lu})/gu)) {
    out.push(slice(p, start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(slice(p, start));
  return out.filter((s) => s.text !== '');
}

export function extractSections(ctx: ExtractContext, inspected: readonly string[], figures: FigureState, programmeNumber: string | null): SectionsResult {
  const result: SectionsResult = { findings: [], directives: [], proposals: [], legalReferences: [] };
  const topUnit = inspected[0] ?? null;
  const refIds = (p: Paragraph): string[] => {
    const ids: string[] = [];
    for (const { ref } of findReferences(p.text, { province: ctx.province?.name ?? null, year: ctx.year, issued: ctx.issued ?? null, notes: ctx.notes, line: p.line })) {
      if (ref.number === programmeNumber) continue;
      const known = result.legalReferences.find((r) => r.number === ref.number);
      if (!known) result.legalReferences.push(ref);
      ids.push(known?.id ?? ref.id);
    }
    return [...new Set(ids)];
  };
  const figureIdsIn = (p: Paragraph): string[] => {
    const [a, b] = range(p);
    return figures.figures.filter((f) => f.offset >= a && f.offset < b).map((f) => f.id);
  };
  const finding = (kind: DraftFinding['kind'], section: string, p: Paragraph, localities: string[]): void => {
    const text = p.text.replace(LEAD_IN_RE, '');
    if (text === '') return;
    result.findings.push({ kind, section, topic: null, text, localities, figures: figureIdsIn(p) });
  };

  const children = (number: string): Section[] => ctx.segments.sections.filter((s) => s.number.startsWith(`${number}.`));
  for (const section of ctx.segments.sections) {
    const locality = section.number.includes('.') ? null : topUnit;
    const addressee = section.number.includes('.') ? addresseeOf(section) : null;
    const addresseeLocalities = addressee ? localitiesIn(ctx, addressee, inspected, true) : [];
    const place = { section: section.number, locality: addressee ? (addresseeLocalities[0] ?? null) : locality, ref: null };
    // Figures first, so findings and directives can list the figures they quote.
    const headingText = section.heading.text.replace(/^\d+(?:\.\d+)*\.\s*/u, '');
    const inline = addressee !== null && addressee !== headingText;
    const headingPara = slice(section.heading, section.heading.text.length - headingText.length);
    let proposalNo = result.proposals.length;
    const proposalOf = new Map<Paragraph, string>();
    // Proposals are the "- …" lines under an item about the locality's requests, or directly
    // under a section about them ("3. Về các kiến nghị, đề xuất").
    let inGroup = PROPOSALS_RE.test(section.title.toLowerCase()) && !section.body.some((p) => ITEM_RE.test(p.text));
    for (const p of section.body) {
      if (ITEM_RE.test(p.text)) inGroup = PROPOSALS_RE.test(p.text);
      else if (inGroup && BULLET_RE.test(p.text)) proposalOf.set(p, `de-xuat-${++proposalNo}`);
    }
    for (const p of [...(inline ? [headingPara] : []), ...section.body]) {
      extractFigures(ctx, p, { ...place, ref: proposalOf.get(p) ?? null }, figures);
    }

    if (section.number === '1' || /^(nhận định|đánh giá|kết quả)/u.test(section.title.toLowerCase())) {
      let kind: DraftFinding['kind'] = 'achievement';
      for (const p of section.body) {
        if (SHORTCOMING_RE.test(p.text)) {
          kind = 'shortcoming';
          const colon = p.text.search(/(?:như|sau)\s*:\s/u);
          if (colon === -1) finding(kind, section.number, p, topUnit ? [topUnit] : []);
          else {
            const start = p.text.indexOf(':', colon) + 1;
            let from = start;
            for (const m of p.text.slice(start).matchAll(/;\s/gu)) {
              finding(kind, section.number, slice(p, from, start + m.index), topUnit ? [topUnit] : []);
              from = start + m.index + m[0].length;
            }
            finding(kind, section.number, slice(p, from), topUnit ? [topUnit] : []);
          }
        } else if (BULLET_RE.test(p.text)) {
          finding(kind, section.number, slice(p, p.text.match(BULLET_RE)![0].length), topUnit ? [topUnit] : []);
        } else {
          for (const s of sentences(p)) finding(kind, section.number, s, topUnit ? [topUnit] : []);
        }
      }
      continue;
    }
    // A top-level section with subsections only introduces them.
    if (!section.number.includes('.') && children(section.number).length > 0) continue;

    const addresseeAgencies = addressee ? agenciesIn(ctx, addressee) : [];
    const base = (id: string, label: Label, text: string, p: Paragraph, legal: string[]): DraftDirective => {
      const roles = findRoles(ctx, text, inspected, `directives[${id}]`, p.line);
      return {
        id, section: section.number, label,
        addressee: { printed: addressee ?? section.title, localities: addresseeLocalities, agencies: addresseeAgencies },
        topic: null, text: text.replace(END_MARK_RE, '.'), lead: roles.lead, coordinating: roles.coordinating,
        legalRefs: legal, proposals: [], deadline: null, repeats: [],
      };
    };
    const items = section.body.filter((p) => ITEM_RE.test(p.text));
    if (items.length > 0) {
      let current: DraftDirective | null = null;
      for (const p of section.body) {
        const m = ITEM_RE.exec(p.text);
        if (m) {
          const label = m[1]! as NonNullable<Label>;
          if (!LABELS.includes(label)) ctx.notes.push({ kind: 'uncertain', field: `directives[${section.number}-${label}]`, message: `nhãn "${label})" không theo thứ tự chữ cái tiếng Việt (a b c d đ e g h i k)`, line: p.line });
          const text = slice(p, p.text.length - m[2]!.length);
          current = base(`${section.number}-${label}`, label, text.text, p, refIds(text));
          result.directives.push(current);
        } else if (current && proposalOf.has(p)) {
          const proposal = extractProposal(ctx, p, proposalOf.get(p)!, current.addressee.localities[0] ?? null, inspected, refIds);
          result.proposals.push(proposal);
          current.proposals.push(proposal.id);
        } else if (current) {
          current.text += `\n\n${p.text}`;
          current.legalRefs = [...new Set([...current.legalRefs, ...refIds(p)])];
        } else {
          ctx.notes.push({ kind: 'uncertain', field: `directives`, message: `đoạn trước mục a) của ${section.number} không thuộc nhiệm vụ nào; chưa ghi`, line: p.line });
        }
      }
      continue;
    }
    // One directive for the whole subsection; what comes before "Do vậy …" states the situation.
    const paras = (inline ? [headingPara, ...section.body] : section.body).filter((p) => !proposalOf.has(p));
    const proposals = section.body.filter((p) => proposalOf.has(p)).map((p) => {
      const from = addresseeLocalities[0] ?? topUnit;
      if (from !== null && addresseeLocalities.length === 0) ctx.notes.push({ kind: 'uncertain', field: `proposals[${proposalOf.get(p)}].from`, message: `đề xuất không nêu nơi đề xuất; đoán là đơn vị được kiểm tra ${from}`, line: p.line });
      return extractProposal(ctx, p, proposalOf.get(p)!, from, inspected, refIds);
    });
    result.proposals.push(...proposals);
    if (paras.length === 0) continue;
    const first = paras[0]!;
    const therefore = THEREFORE_RE.exec(first.text);
    let directiveParas = paras;
    let deadline: DraftDirective['deadline'] = null;
    if (therefore && therefore.index > 0) {
      const situation = slice(first, 0, therefore.index);
      finding(NEGATIVE_RE.test(situation.text) ? 'shortcoming' : 'achievement', section.number, situation, addresseeLocalities);
      ctx.notes.push({ kind: 'uncertain', field: `findings`, message: `mục ${section.number}: câu trước "${therefore[1]}" ghi là nhận định (${NEGATIVE_RE.test(situation.text) ? 'hạn chế' : 'kết quả'}), đoán theo từ ngữ`, line: first.line });
      for (const s of sentences(situation)) {
        const year = /phấn đấu.*năm (\d{4})/u.exec(s.text);
        if (year) {
          deadline = { date: year[1]!, printed: s.text };
          ctx.notes.push({ kind: 'uncertain', field: `directives[${section.number}].deadline`, message: `thời hạn "${year[1]}" lấy từ câu "${s.text}"`, line: s.line });
        }
      }
      directiveParas = [slice(first, therefore.index), ...paras.slice(1)];
    }
    const text = directiveParas.map((p) => p.text).join('\n\n');
    const directive = base(section.number, null, text, first, [...new Set(directiveParas.flatMap(refIds))]);
    directive.deadline = deadline;
    directive.proposals = proposals.map((p) => p.id);
    result.directives.push(directive);
  }
  return result;
}

/** The addressee of a subsection: its heading ("Đối với huyện Trảng Định"), or the subject of an inline one. */
function addresseeOf(section: Section): string {
  const title = section.title;
  if (section.body.length > 0 || !/\.\/?\.?$/u.test(title)) return title;
  const verb = VERB_RE.exec(title);
  return verb ? title.slice(0, verb.index) : title;
}

function agenciesIn(ctx: ExtractContext, text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/Sở /gu)) {
    const match = matchAgencyAt(text.slice(m.index), ctx.reference.agencies);
    if (match?.agency) ids.push(match.agency.id);
  }
  return ids;
}
