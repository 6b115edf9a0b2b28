/**
 * Importing the sample notice's text must reproduce what a careful person encoded by hand
 * (content/notices/2024/2024-04-trang-dinh, read with the project's own loader): the same
 * figures, directives, proposals, agencies and references, with the notice's flaws reported.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/load/errors.ts';
import { readContent, type RawNotice } from '../../src/load/read-content.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { compareDraft, differsOnlyByDat, formatComparison } from '../../src/importer/compare.ts';
import { importFile, importText, noticeDraft, writeDraft, type Draft } from '../../src/importer/index.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';
import { renderReport } from '../../src/importer/report.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const sampleDir = 'content/notices/2024/2024-04-trang-dinh';
let draft: Draft;
let sample: RawNotice;

beforeAll(async () => {
  draft = noticeDraft(await importFile(join(sampleDir, 'source.txt')));
  const { content, issues } = readContent(resolve('content'));
  expect(issues).toEqual([]);
  sample = content.notices.find((n) => n.id === '2024-04-trang-dinh')!;
});

/**
 * The figures the text prints right after "đạt" (reached): issue 11 keeps "đạt" as a qualifier, so
 * the importer prints them with it ("đạt 35,16%"); the hand encoding of the sample predates that
 * convention and prints them without it ("35,16%"). content/ is the published notice and is not
 * rewritten for a test. "mới đạt 09/19 tiêu chí" is a part of a whole, which takes no qualifier.
 */
const PRINTED_AFTER_DAT = ['100,65%', '17,420 tỷ đồng', '35,16%'];
const withDat = (printed: string): string => (PRINTED_AFTER_DAT.includes(printed) ? `đạt ${printed}` : printed);

const numberOf = (refs: readonly { id: string; number: string }[], ids: readonly string[]): string[] =>
  ids.map((id) => refs.find((r) => r.id === id)?.number ?? `?${id}`);

describe('importing the sample notice text', () => {
  it('suggests the sample folder name', () => {
    expect(draft.id).toBe('2024-04-trang-dinh');
  });

  it('reads the head: blank number and day stay blank, programme, date, team, signature', () => {
    const fm = draft.frontmatter;
    const want = sample.frontmatter;
    expect(fm.number).toBeNull();
    expect(fm.date).toBe('2024-04');
    for (const key of ['numberPrinted', 'datePrinted', 'title', 'documentType', 'inspectionDate', 'team', 'presiding', 'signature', 'issuer', 'recipients', 'localParticipants', 'inspected'] as const) {
      expect(fm[key], key).toEqual(want[key]);
    }
    const programme: Partial<typeof want.programme> = { ...want.programme };
    delete programme.id; // an editor's key, not in the text
    expect(fm.programme).toMatchObject(programme);
  });

  it('matches the same 15 participating agencies, in printed order', () => {
    expect(draft.frontmatter.agencies).toEqual(sample.frontmatter.agencies);
    expect(draft.frontmatter.agenciesPrinted).toBe(sample.frontmatter.agenciesPrinted);
  });

  it('finds the same legal references (number, type, issuer, date, words as printed)', () => {
    const pick = (r: { number: string; type: string; issuer: string | null; date: string | null; printed: string }) => ({ number: r.number, type: r.type, issuer: r.issuer, date: r.date, printed: r.printed });
    expect(draft.frontmatter.legalReferences.map(pick)).toEqual(sample.frontmatter.legalReferences.map(pick));
  });

  it('prints "đạt" before the three figures the text prints after "đạt", and before no other', () => {
    const source = readFileSync(join(sampleDir, 'source.txt'), 'utf8');
    for (const printed of PRINTED_AFTER_DAT) expect(source).toContain(`đạt ${printed}`);
    expect(draft.figures.filter((f) => f.printed.startsWith('đạt ')).map((f) => f.printed)).toEqual(['đạt 100,65%', 'đạt 17,420 tỷ đồng', 'đạt 35,16%']);
  });

  it('finds the same figures with the same values, units, totals, indicators and dates, and no others (printed: the hand encoding\'s, with "đạt " where the text prints it)', () => {
    const proposalIds = new Map(draft.frontmatter.proposals.map((p, i) => [p.id, sample.frontmatter.proposals[i]?.id]));
    type Row = { printed: string; value: number; unit: string; denominator: number | null; target: number | null; indicator: string; as_of: string | null; locality: string | null; section: string; ref: string | null };
    const shape = (f: Row, ref: string | null) =>
      `${f.section} ${f.printed} = ${f.value} ${f.unit} /${f.denominator ?? ''} →${f.target ?? ''} ${f.indicator} @${f.as_of ?? ''} ${f.locality} ${ref ?? ''}`;
    const withIndicator = draft.figures.filter((f): f is typeof f & { indicator: string } => f.indicator !== null);
    const got = withIndicator.map((f) => shape(f, f.ref === null ? null : (proposalIds.get(f.ref) ?? f.ref)));
    const want = sample.figures.map((r) => shape({ ...r.data, printed: withDat(r.data.printed) }, r.data.ref));
    expect(got.sort()).toEqual(want.sort());
  });

  it('writes the two counts no indicator fits too, with a blank indicator for the editor (issue 11)', () => {
    // Section 2.1 g) of source.txt: "03 chương trình mục tiêu quốc gia"; proposal 3: "02 xã vùng III".
    const blank = draft.figures.filter((f) => f.indicator === null).map((f) => `${f.section} ${f.printed} = ${f.value} ${f.unit}`);
    expect(blank).toEqual(['2.1 03 chương trình mục tiêu quốc gia = 3 chương trình mục tiêu quốc gia', '2.1 02 xã vùng III = 2 xã vùng III']);
  });

  it('finds the same findings, split into achievements and shortcomings', () => {
    const pick = (f: { kind: string; section: string; text: string; localities: string[] }) => ({ kind: f.kind, section: f.section, text: f.text.replace(/\s+/g, ' '), localities: f.localities });
    expect(draft.frontmatter.findings.map(pick)).toEqual(sample.frontmatter.findings.map(pick));
  });

  it('finds the same directives: labels a–g (no f), addressees, texts, parties, references, deadline', () => {
    const want = sample.frontmatter;
    const got = draft.frontmatter;
    const pick = (d: (typeof want.directives)[number] | (typeof got.directives)[number], refs: readonly { id: string; number: string }[]) => ({
      id: d.id, label: d.label, addressee: d.addressee, text: d.text.replace(/\s+/g, ' '), lead: d.lead, coordinating: d.coordinating,
      legal: numberOf(refs, d.legalRefs), proposals: d.proposals.length, deadline: d.deadline,
    });
    expect(got.directives.map((d) => pick(d, got.legalReferences))).toEqual(want.directives.map((d) => pick(d, want.legalReferences)));
  });

  it('finds the same proposals with their amounts and the agencies that must answer', () => {
    const want = sample.frontmatter;
    const got = draft.frontmatter;
    const pick = (p: (typeof want.proposals)[number] | (typeof got.proposals)[number], refs: readonly { id: string; number: string }[]) => ({
      from: p.from, request: p.request.replace(/\s+/g, ' '), response: p.response?.replace(/\s+/g, ' '), localities: p.localities,
      lead: p.lead, coordinating: p.coordinating, consolidating: p.consolidating, decidedBy: p.decidedBy, legal: numberOf(refs, p.legalRefs),
    });
    expect(got.proposals.map((p) => pick(p, got.legalReferences))).toEqual(want.proposals.map((p) => pick(p, want.legalReferences)));
    expect(draft.figures.filter((f) => f.ref === 'de-xuat-1' && f.unit === 'đồng').map((f) => f.printed)).toEqual(['240 triệu đồng']);
  });

  it('records the notice\'s flaws as the sample does (blank number and day, "Trảng Định" × 5, "xã Kháng Chiến")', () => {
    const pick = (q: { kind: string; quote: string | null; occurrences: number | null }) => ({ kind: q.kind, quote: q.quote, occurrences: q.occurrences });
    expect(draft.frontmatter.dataQuality.map(pick)).toEqual(sample.frontmatter.dataQuality.map(pick));
  });

  it('lists the "Trảng Định" → 180 fuzzy match and the "Kháng Chiến" anomaly in the report, with lines', () => {
    const report = renderReport(draft, 'source.txt');
    expect(report).toMatch(/"huyện Trảng Định" → 180 huyện Tràng Định \(khớp bỏ dấu\), 5 lần, dòng 19, 25, 29, 31, 33/);
    expect(report).toMatch(/dòng 17\): Mục 1 nêu "xã Kháng Chiến" \(06049\)/);
    // Source line 19: "tổng thu ngân sách nhà nước trên địa bàn đến 31/03/2024 thực hiện đạt 17,420 tỷ đồng".
    expect(report).toContain('| thu-nsnn | đạt 17,420 tỷ đồng | 17420000000 | đồng |');
  });

  it('marks what it could not settle in the draft itself, never silently', () => {
    const review = draft.frontmatter.review.join('\n');
    expect(draft.frontmatter.draft).toBe(true);
    expect(review).toContain('"03 chương trình mục tiêu quốc gia"');
    expect(review).toContain('"02 xã vùng III"');
    expect(review).toMatch(/issuer .*suy ra "Ủy ban nhân dân tỉnh Lạng Sơn"/);
    expect(draft.frontmatter.findings.every((f) => f.topic === null)).toBe(true);
  });

  it('gets nearly every field of the hand-encoded sample exactly (share printed); a printed figure that differs only by the leading "đạt " the hand encoding predates is the same figure, counted apart, not as exact', () => {
    const comparison = compareDraft(draft, sample);
    console.log(formatComparison(comparison).split('\n')[0]);
    // The misses are editorial: excerpts cut shorter by hand, subjects and one subject of a reference paraphrased.
    // The two counts the hand encoding left out come as extra rows with a blank indicator.
    const notExact = comparison.results.filter((r) => r.status !== 'exact');
    expect(notExact.filter((r) => r.status !== 'convention').every((r) => /\.(subject|excerpt)$|^figures\[(de-xuat-\d+-)?so-lieu-so-luong\]$/.test(r.field))).toBe(true);
    // The "đạt" convention (issue 11) touches `printed` of these three figures only; every other field of theirs is exact.
    expect(notExact.filter((r) => r.status === 'convention').map((r) => `${r.field} ${r.expected} → ${r.actual}`)).toEqual([
      'figures[phan-bo-ke-hoach-von].printed "100,65%" → "đạt 100,65%"',
      'figures[thu-nsnn].printed "17,420 tỷ đồng" → "đạt 17,420 tỷ đồng"',
      'figures[thu-nsnn-du-toan-tinh].printed "35,16%" → "đạt 35,16%"',
    ]);
    expect(comparison.convention).toBe(3);
    const ofThem = comparison.results.filter((r) => /^figures\[(phan-bo-ke-hoach-von|thu-nsnn|thu-nsnn-du-toan-tinh)\]\.(?!printed$)/u.test(r.field));
    expect(ofThem).toHaveLength(3 * 11);
    expect(ofThem.filter((r) => r.status !== 'exact')).toEqual([]);
    expect(comparison.exact / comparison.total).toBeGreaterThan(0.95);
  });
});

describe('the comparison with a hand encoding older than the "đạt" convention', () => {
  it('takes a printed figure as the same only when it differs by a leading "đạt " read as the qualifier "đạt"', () => {
    expect(differsOnlyByDat('đạt 35,16%', '35,16%')).toBe(true);
    expect(differsOnlyByDat('đạt 17,420 tỷ đồng', '17,420 tỷ đồng')).toBe(true);
    expect(differsOnlyByDat('35,16%', '35,16%')).toBe(false); // the same text: exact, not this
    expect(differsOnlyByDat('ước đạt 35,16%', '35,16%')).toBe(false);
    expect(differsOnlyByDat('đạt 35,16%', '35,17%')).toBe(false);
    expect(differsOnlyByDat('đạt 09/19', '09/19')).toBe(false); // a part of a whole takes no qualifier
    expect(differsOnlyByDat('đạt trên 50%', 'trên 50%')).toBe(false);
  });
});

describe('the written draft', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tp-draft-'));
    writeDraft(draft, dir, 'source.txt');
  });

  it('is refused by the build while it is a draft', () => {
    const content = contentCopy([]);
    rmSync(join(content, 'notices/2024/2024-04-trang-dinh'), { recursive: true });
    cpSync(dir, join(content, 'notices/2024/2024-04-trang-dinh'), { recursive: true });
    expect(() => loadModel(content)).toThrow(ContentError);
    expect(() => loadModel(content)).toThrow('trường "draft": thấy "true"; cần một thông báo đã duyệt — đây là bản nháp chưa được duyệt');
  });

  it('passes every check of the build once reviewed (flag and notes removed, topics written)', () => {
    const content = contentCopy([]);
    const target = join(content, 'notices/2024/2024-04-trang-dinh');
    rmSync(target, { recursive: true });
    cpSync(dir, target, { recursive: true });
    // What publish-draft leaves behind: the proposals for new indicators are not part of a notice.
    rmSync(join(target, 'indicators-proposed.csv'), { force: true });
    const mdx = readFileSync(join(target, 'notice.mdx'), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
    const data = yaml.load(front, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    delete data['draft'];
    delete data['review'];
    // The editor's choice for the rows with a blank indicator (here: not published as figures).
    const csv = readFileSync(join(target, 'figures.csv'), 'utf8').split('\n');
    writeFileSync(join(target, 'figures.csv'), csv.filter((line) => !/^(de-xuat-\d+-)?so-lieu-/u.test(line)).join('\n'));
    const fill = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(fill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'topic' && x === null ? 'Chủ đề' : fill(x)])) : v;
    writeFileSync(join(target, 'notice.mdx'), `---\n${yaml.dump(fill(data), { schema: yaml.CORE_SCHEMA })}---\n${body}`);
    const model = loadModel(content);
    const notice = model.noticeById.get('2024-04-trang-dinh')!;
    expect(notice.figures.map((f) => f.printed)).toContain('đạt 17,420 tỷ đồng');
    expect(notice.figures.find((f) => f.id === 'thu-nsnn')).toMatchObject({ value: 17_420_000_000, qualifier: 'đạt', sourceLine: 19 });
  });
});

describe('the same notice laid out another common way (made here from the sample by a script)', () => {
  it('reads parts I., II. with numbered parts 1., 2., 3. and items "a." like the sample', () => {
    const text = readFileSync(join(sampleDir, 'source.txt'), 'utf8')
      .replace('THÔNG BÁO\n', 'THÔNG BÁO KẾT LUẬN\n')
      .replace('1. Nhận định chung', 'I. NHẬN ĐỊNH CHUNG')
      .replace('2. Một số nhiệm vụ trọng tâm trong thời gian tới', 'II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI')
      .replace(/^2\.([123])\. /gmu, '$1. ')
      .replace(/^([a-zđ])\) /gmu, '$1. ');
    const variant = importText(text, referenceOf(loadModel(resolve('content'))));
    const strip = (d: Draft) => ({ ...d.frontmatter, review: [], figures: d.figures.map((f) => `${f.section} ${f.printed} ${f.indicator} ${f.value}`) });
    expect(strip(variant)).toEqual(strip(draft));
  });
});
