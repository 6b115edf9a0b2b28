/**
 * Importing a status report (issue 22, point 2): `npm run import` recognises a *báo cáo kết quả
 * thực hiện* and drafts its report.yaml. Each of the three report fixtures (tests/fixtures/reports/,
 * shaped like real reports, the importer developed against them) is imported from its source.txt,
 * and the Tràng Định one also as a .docx built here, and compared field by field with the
 * fixture's hand-made report.yaml: the expected values are the fixture's, never the importer's.
 * What the text does not settle (a blank number or day, an unknown notice, a passage fitting no
 * item clearly, words like "chậm") goes to `review:`, and the loader refuses a draft.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/domain/schemas/report.ts';
import { importFile, writeDraft, type ImportedDraft, type ReportDraft } from '../../src/importer/index.ts';
import { publishDraft } from '../../src/importer/publish.ts';
import { referenceOf } from '../../src/importer/reference-lists.ts';
import { answerableNotices, importReportText } from '../../src/importer/status-report/index.ts';
import { documentKind } from '../../src/importer/status-report/recognise.ts';
import { ContentError } from '../../src/load/errors.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { REPORT_DRAFT_EXPECTED } from '../../src/load/read-reports.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const FIXTURES = ['2024-06-bc-trang-dinh', '2024-12-bc-so-tai-chinh', '2025-03-bc-chi-minh'] as const;
const dir = mkdtempSync(join(tmpdir(), 'tp-import-report-'));
const sourceOf = (id: string): string => readFileSync(`tests/fixtures/reports/${id}/source.txt`, 'utf8');
const expectedOf = (id: string): ReportFile => yaml.load(readFileSync(`tests/fixtures/reports/${id}/report.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as ReportFile;
/** 1-based line of the fixture's source.txt holding `words`. */
const lineOf = (id: string, words: string): number => sourceOf(id).split('\n').findIndex((l) => l.includes(words)) + 1;

function asReport(draft: ImportedDraft): ReportDraft {
  if (draft.kind !== 'report') throw new Error(`imported as a ${draft.kind}`);
  return draft;
}

/** Imports `text` written to a file of `name`. */
async function importSource(name: string, text: string): Promise<ReportDraft> {
  const path = join(dir, name);
  writeFileSync(path, text);
  return asReport(await importFile(path));
}

const drafts = new Map<string, ReportDraft>();
beforeAll(async () => {
  for (const id of FIXTURES) drafts.set(id, asReport(await importFile(`tests/fixtures/reports/${id}/source.txt`)));
}, 60_000);

describe('a status report is told from a notice', () => {
  it('by the line BÁO CÁO, or the symbol /BC- of its number', () => {
    expect(documentKind(readFileSync('content/notices/2024/2024-04-trang-dinh/source.txt', 'utf8'))).toBe('notice');
    for (const id of FIXTURES) expect(documentKind(sourceOf(id))).toBe('report');
    expect(documentKind('UBND HUYỆN X\nSố: 12/BC-UBND\nKết quả thực hiện …\n')).toBe('report');
    expect(documentKind('Số: /TB-UBND\nKết luận …\n')).toBe('notice');
  });
});

describe.each(FIXTURES)('the fixture %s, imported from its source.txt', (id) => {
  const expected = expectedOf(id);
  const draft = (): ReportDraft => drafts.get(id)!;

  it('is a draft named <yyyy-mm>-bc-<issuer>, as the fixture folder', () => {
    expect(draft().id).toBe(id);
    expect(draft().data.draft).toBe(true);
  });

  it.each(['documentType', 'number', 'numberPrinted', 'date', 'datePrinted', 'title', 'issuer', 'issuerPrinted', 'signer'] as const)('%s as the fixture', (field) => {
    expect(draft().data[field]).toEqual(expected[field]);
  });

  it('answers the notice the fixture names, cited by the same words', () => {
    expect(draft().data.answers).toEqual(expected.answers);
  });

  it('has the fixture\'s entries: item, status, from and evidence of each, in order', () => {
    expect(draft().data.entries).toEqual(expected.entries);
  });

  it('lists every figure of the report as a review item with its line, and writes none', () => {
    const review = draft().data.review.filter((r) => r.includes('số liệu trong báo cáo'));
    expect(review.length).toBe(draft().figures.length);
    expect(review.length).toBeGreaterThan(0);
    expect(Object.keys(draft().data)).not.toContain('figures');
    // Nothing else is left to a person in these three.
    expect(draft().data.review.filter((r) => !r.includes('số liệu trong báo cáo'))).toEqual([]);
  });
});

describe('what the fixtures single out', () => {
  it('the Tràng Định report cites the notice without its number: found by its month, inspection day and place', () => {
    expect(expectedOf('2024-06-bc-trang-dinh').answers.printed).not.toMatch(/số \d/);
    expect(drafts.get('2024-06-bc-trang-dinh')!.answersBasis).toMatch(/^theo ngày, địa danh và trích yếu: 2024-04-trang-dinh/);
  });

  it('its own letter c) answers the notice\'s điểm d (the words "(điểm d)" decide, not the lettering)', () => {
    const draft = drafts.get('2024-06-bc-trang-dinh')!;
    const i = draft.data.entries.findIndex((e) => e.item === '2.1-d');
    expect(draft.traces[i]!.line).toBe(lineOf('2024-06-bc-trang-dinh', 'Công tác giải phóng mặt bằng dự án đang được thực hiện'));
  });

  it('13/19 tiêu chí of Chí Minh is listed with its line, "số liệu trong báo cáo: 13/19 tiêu chí"', () => {
    const line = lineOf('2025-03-bc-chi-minh', 'Năm 2024 xã đạt 13/19 tiêu chí');
    expect(drafts.get('2025-03-bc-chi-minh')!.data.review.some((r) => r.startsWith(`[cần biên tập] figures (dòng ${line}): số liệu trong báo cáo: 13/19 tiêu chí`))).toBe(true);
  });

  // The fixtures' figures.csv, written by hand from their text, is what the draft's must agree with.
  it.each([
    ['2025-03-bc-chi-minh', 'tieu-chi-ntm-dat'],
    ['2024-06-bc-trang-dinh', 'thu-nsnn'],
  ])('%s: its figure %s goes to the draft\'s figures.csv with the fixture\'s indicator, unit and value', (id, figure) => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(`tests/fixtures/reports/${id}/figures.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const expected = rows.find((r) => r['id'] === figure)!;
    const found = drafts.get(id)!.csvFigures.find((f) => f.indicator === expected['indicator'] && f.value === Number(expected['value']));
    expect(found && [found.locality, found.indicator, found.unit, found.value, found.denominator]).toEqual([expected['locality'], expected['indicator'], expected['unit'], Number(expected['value']), expected['denominator'] ? Number(expected['denominator']) : null]);
  });

  it('"hoàn thành" in the parts that look ahead (NHIỆM VỤ, GIẢI PHÁP; ĐỀ XUẤT) is no status', () => {
    const source = sourceOf('2025-03-bc-chi-minh');
    expect(source).toContain('Tập trung hoàn thành 06 tiêu chí chưa đạt');
    expect(drafts.get('2025-03-bc-chi-minh')!.data.entries.map((e) => e.status)).toEqual(['dang-thuc-hien']);
  });
});

describe('the Tràng Định report as a .docx (built here with the docx package)', () => {
  it('gives the same report.yaml as its text, but for the lines the review cites', async () => {
    const paragraphs = sourceOf('2024-06-bc-trang-dinh').split('\n').filter((l) => l.trim() !== '').map((l) => new Paragraph({ children: [new TextRun(l)] }));
    const path = join(dir, 'bao-cao.docx');
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const withoutReview = ({ review: _review, ...data }: ReportDraft['data']) => data;
    const fromDocx = withoutReview(asReport(await importFile(path)).data);
    const fromText = withoutReview(drafts.get('2024-06-bc-trang-dinh')!.data);
    expect(fromDocx).toEqual(fromText);
    expect(fromDocx.entries).toEqual(expectedOf('2024-06-bc-trang-dinh').entries);
  });
});

describe('what the text does not settle goes to review, never guessed', () => {
  const base = sourceOf('2024-06-bc-trang-dinh');

  it('a blank number and a blank day: number null, a partial date, each "from" partial and flagged', async () => {
    const draft = await importSource('blank.txt', base.replace('Số: 112/BC-UBND', 'Số:      /BC-UBND').replace('ngày 20 tháng 6 năm 2024', 'ngày      tháng 6 năm 2024'));
    expect(draft.data.number).toBeNull();
    expect(draft.data.numberPrinted).toBe('Số: /BC-UBND');
    expect(draft.data.date).toBe('2024-06');
    expect(draft.data.entries.map((e) => e.from)).toEqual(Array(5).fill('2024-06'));
    expect(draft.data.review).toContain('[lỗi của văn bản] number (dòng 7): số báo cáo để trống ("Số: /BC-UBND"); để null, không tự điền');
    expect(draft.data.review.filter((r) => /^\[chưa chắc\] entries\[\d\]\.from/.test(r))).toHaveLength(5);
  });

  it('a notice content/ does not have: answers.notice null, every item null, one review item each', async () => {
    const draft = await importSource('other-month.txt', base.replace('Thông báo kết luận tháng 4/2024', 'Thông báo kết luận tháng 5/2024').replace('kiểm tra ngày 09/4/2024 về', 'kiểm tra ngày 09/5/2024 về'));
    expect(draft.data.answers.notice).toBeNull();
    expect(draft.data.answers.printed).toMatch(/^Thông báo kết luận tháng 5\/2024/);
    expect(draft.data.entries.every((e) => e.item === null)).toBe(true);
    expect(draft.data.review.some((r) => r.startsWith('[chưa chắc] answers.notice (dòng 17)') && r.includes('không thông báo nào trong content/notices khớp ngày (2024-05-09, 2024-05)'))).toBe(true);
    expect(draft.data.review).toContain('[không tìm thấy] entries[].item: 5 mục để item: null vì chưa xác định được thông báo được báo cáo: ghi answers.notice rồi item của từng mục');
  });

  it('a passage that names điểm g but none of its proposals\' words: item null, the three proposals as candidates', async () => {
    const vague = base.replace(/d\) Đề xuất hỗ trợ kinh phí[^\n]*\n\nĐối với đề xuất[^\n]*\n/u, 'd) Các đề xuất của huyện (điểm g)\n\nCác nội dung này đang thực hiện.\n');
    const draft = await importSource('vague.txt', vague);
    const entry = draft.data.entries.find((e) => e.evidence === 'Các nội dung này đang thực hiện.')!;
    expect(entry.item).toBeNull();
    const note = draft.data.review.find((r) => r.startsWith(`[chưa chắc] entries[${draft.data.entries.indexOf(entry)}].item`))!;
    expect(note).toMatch(/de-xuat-1.*de-xuat-2.*de-xuat-3|de-xuat-\d.*de-xuat-\d.*de-xuat-\d/);
  });

  it('"chậm" is in progress and flagged; "không còn phù hợp" no longer applies', async () => {
    const draft = await importSource('words.txt', base
      .replace('Công tác giải phóng mặt bằng dự án đang được thực hiện', 'Công tác giải phóng mặt bằng dự án còn chậm')
      .replace('Nhiệm vụ đang được thực hiện, đến nay', 'Nội dung này không còn phù hợp, đến nay'));
    const byItem = new Map(draft.data.entries.map((e, i) => [e.item, { ...e, i }]));
    expect(byItem.get('2.1-d')!.status).toBe('dang-thuc-hien');
    expect(draft.data.review.some((r) => r.startsWith(`[chưa chắc] entries[${byItem.get('2.1-d')!.i}].status`) && r.includes('"chậm"'))).toBe(true);
    expect(byItem.get('2.1-b')!.status).toBe('khong-con-ap-dung');
  });
});

describe('the notice answered, when content/ holds two alike', () => {
  const model = loadModel('content');
  const reference = referenceOf(model);
  const [sample] = answerableNotices(model.notices);
  const twin = { ...sample!, id: '2024-04-trang-dinh-ban-sao' };
  const base = sourceOf('2024-06-bc-trang-dinh');

  it('cited without a number: answers.notice null, both notices listed for review, no item guessed', () => {
    const draft = importReportText(base, reference, [sample!, twin]);
    expect(draft.data.answers.notice).toBeNull();
    const note = draft.data.review.find((r) => r.startsWith('[chưa chắc] answers.notice'))!;
    expect(note).toContain('nhiều thông báo khớp như nhau: 2024-04-trang-dinh (');
    expect(note).toContain('2024-04-trang-dinh-ban-sao (');
    expect(draft.data.entries.map((e) => e.item)).toEqual(Array(5).fill(null));
  });

  it('cited by number: the notice of that number', () => {
    const cited = base.replace('Thông báo kết luận tháng 4/2024 của UBND tỉnh', 'Thông báo số 45/TB-UBND ngày 15/4/2024 của UBND tỉnh');
    const draft = importReportText(cited, reference, [{ ...sample!, number: '45/TB-UBND' }, twin]);
    expect(draft.data.answers).toEqual({ notice: '2024-04-trang-dinh', printed: expect.stringMatching(/^Thông báo số 45\/TB-UBND ngày 15\/4\/2024 của UBND tỉnh về kết luận/) });
    expect(draft.answersBasis).toBe('số 45/TB-UBND');
    expect(draft.data.entries.map((e) => e.item)).toEqual(expectedOf('2024-06-bc-trang-dinh').entries.map((e) => e.item));
  });

  it('without a "Thực hiện Thông báo …" sentence, the title\'s words cite it, flagged', () => {
    const draft = importReportText(base.replace(/^Thực hiện Thông báo kết luận tháng 4\/2024[^\n]*\n/mu, ''), reference, [sample!]);
    expect(draft.data.answers.notice).toBe('2024-04-trang-dinh');
    expect(draft.data.answers.printed).toBe('Thông báo kết luận của Phó Chủ tịch UBND tỉnh sau buổi kiểm tra ngày 09/4/2024 tại huyện Tràng Định');
    expect(draft.data.review.some((r) => r.startsWith('[chưa chắc] answers.notice') && r.includes('lấy từ trích yếu'))).toBe(true);
  });
});

describe('a report draft and content/', () => {
  let draftDir: string;
  beforeAll(() => {
    draftDir = join(mkdtempSync(join(tmpdir(), 'tp-report-draft-')), '2024-06-bc-trang-dinh');
    writeDraft(drafts.get('2024-06-bc-trang-dinh')!, draftDir, 'source.txt');
  });

  it('is written as report.yaml (draft: true, review:), source.txt, figures.csv and import-report.md', () => {
    expect(readdirSync(draftDir).sort()).toEqual(['figures.csv', 'import-report.md', 'report.yaml', 'source.txt']);
    expect(readFileSync(join(draftDir, 'source.txt'), 'utf8')).toBe(sourceOf('2024-06-bc-trang-dinh'));
    expect(readFileSync(join(draftDir, 'import-report.md'), 'utf8')).toContain('| 11/19 tiêu chí | 11 | tiêu chí | 19 | 41:');
  });

  it('is refused by the loader as a draft, with its other errors listed too', () => {
    const vague = join(dir, 'vague-draft');
    writeDraft(drafts.get('2024-06-bc-trang-dinh')!, vague, 'source.txt');
    writeFileSync(join(vague, 'report.yaml'), readFileSync(join(vague, 'report.yaml'), 'utf8').replace("- item: '2.2'", '- item: null'));
    rmSync(join(vague, 'import-report.md'));
    const content = contentCopy([{ copy: vague, to: 'reports/2024/2024-06-bc-trang-dinh' }]);
    const error = (() => {
      try {
        loadModel(content);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    const issues = (error as ContentError).issues;
    expect(issues.map((i) => [i.field, i.expected === REPORT_DRAFT_EXPECTED])).toEqual([['draft', true], ['entries[4].item', false]]);
  });

  it('is not published while review: has items; nothing is written', () => {
    const content = contentCopy([]);
    const result = publishDraft(draftDir, content);
    expect(result.folder).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/report\.yaml, trường "review": thấy "\d+ mục"; cần không còn mục nào/u);
    expect(readdirSync(content)).not.toContain('reports');
  });

  it('once reviewed, publish-draft checks it with the whole content and moves it to content/reports/2024/, where it loads', () => {
    const content = contentCopy([]);
    const reviewed = join(mkdtempSync(join(tmpdir(), 'tp-report-rev-')), '2024-06-bc-trang-dinh');
    writeDraft(drafts.get('2024-06-bc-trang-dinh')!, reviewed, 'source.txt');
    const data = yaml.load(readFileSync(join(reviewed, 'report.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    delete data['draft'];
    delete data['review'];
    writeFileSync(join(reviewed, 'report.yaml'), yaml.dump(data, { schema: yaml.CORE_SCHEMA }));
    const result = publishDraft(reviewed, content);
    expect(result.errors).toEqual([]);
    expect(result.folder).toBe('content/reports/2024/2024-06-bc-trang-dinh');
    expect(readdirSync(join(content, 'reports/2024/2024-06-bc-trang-dinh')).sort()).toEqual(['figures.csv', 'report.yaml', 'source.txt']);
    const report = loadModel(content).reportById.get('2024-06-bc-trang-dinh')!;
    expect(report.notice.id).toBe('2024-04-trang-dinh');
    expect(report.entries.map((e) => [e.item.id, e.status])).toEqual(expectedOf('2024-06-bc-trang-dinh').entries.map((e) => [e.item, e.status]));
    expect(result.toCheck).toContain('npm run build, then read /bao-cao/2024-06-bc-trang-dinh/ and the pages of the notice it answers against the original document');
  });
});

describe('npm run import', () => {
  it('says it imported a status report', () => {
    const out = join(dir, 'cli');
    const run = spawnSync(process.execPath, ['scripts/import-notice.ts', 'tests/fixtures/reports/2025-03-bc-chi-minh/source.txt', '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^status report \(BÁO CÁO\) imported; draft written: /);
    expect(run.stdout).toContain('answers 2024-04-trang-dinh; 1 entries (0 without an item)');
  });
});
