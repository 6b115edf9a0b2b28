/**
 * Publishing from the desk (src/desk/publish.ts) on the sample notice's draft, in a copy of
 * content/ without the sample: nothing is published while an item is unreviewed or any check of
 * the build fails (content/ hashed before and after), each error is placed at its item, two
 * publications of one draft never both write, and a correction afterwards is recorded and checked.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCorrection } from '../../src/desk/corrections.ts';
import { readDocument, saveDocument } from '../../src/desk/documents.ts';
import { readState, writeState } from '../../src/desk/draft-state.ts';
import { placeIssues } from '../../src/desk/issues.ts';
import { removeItem, reviewItems } from '../../src/desk/items.ts';
import { publishFromDesk } from '../../src/desk/publish.ts';
import { importFile, writeDraft } from '../../src/importer/index.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy } from '../helpers/content-copy.ts';
import { treeHash } from '../helpers/tree-hash.ts';

const SAMPLE = 'content/notices/2024/2024-04-trang-dinh';
let content: string;
let draft: string;

/** Every item accepted, the checklist emptied, each blank topic written: what an editor's review leaves. */
function review(dir: string): void {
  const doc = readDocument(dir)!;
  doc.data['review'] = [];
  for (const list of ['findings', 'directives', 'proposals']) for (const x of doc.data[list] as { topic: string | null }[]) x.topic ??= 'Chủ đề do người biên tập viết';
  saveDocument(doc);
  writeState(dir, { accepted: reviewItems(readDocument(dir)!).map((i) => i.key), published: null });
}

beforeAll(async () => {
  content = contentCopy([]);
  rmSync(join(content, 'notices/2024/2024-04-trang-dinh'), { recursive: true });
  draft = join(dirname(content), 'drafts', '2024-04-trang-dinh');
  mkdirSync(dirname(draft));
  writeDraft(await importFile(`${SAMPLE}/source.txt`, content), draft, 'thong-bao.txt');
});

describe('publishing the sample draft from the desk', () => {
  it('refuses while an item is unreviewed, naming each, and writes nothing', async () => {
    const before = treeHash(content);
    const out = await publishFromDesk(draft, '2024-04-trang-dinh', content);
    expect(out.status).toBe('pending');
    if (out.status === 'pending') expect(out.keys).toContain('figure:thu-nsnn');
    expect(treeHash(content)).toBe(before);
  });

  it("refuses on the build's errors, each at its figure, and leaves content/ as it was", async () => {
    review(draft);
    const before = treeHash(content);
    const out = await publishFromDesk(draft, '2024-04-trang-dinh', content);
    expect(out.status).toBe('refused');
    if (out.status !== 'refused') return;
    const placed = placeIssues(out.issues, readDocument(draft)!, '2024-04-trang-dinh');
    // The two figures the importer could give no indicator: "03 chương trình mục tiêu quốc gia", "02 xã vùng III".
    expect([...placed.byItem.keys()].sort()).toEqual(['figure:de-xuat-3-so-lieu-so-luong', 'figure:so-lieu-so-luong']);
    expect(placed.byItem.get('figure:so-lieu-so-luong')![0]).toMatchObject({
      field: 'indicator',
      found: '',
      expected: 'một mã chỉ gồm chữ thường không dấu, chữ số và dấu "-", ví dụ so-tai-chinh',
    });
    expect(placed.byItem.get('figure:so-lieu-so-luong')![0]!.where).toMatch(/^dòng \d+$/u);
    expect(placed.general).toEqual([]);
    expect(treeHash(content)).toBe(before);
    expect(readState(draft).published).toBeNull();
  });

  it('does nothing while another publication of the draft holds its lock', async () => {
    const doc = readDocument(draft)!;
    removeItem(doc, 'figure:so-lieu-so-luong');
    removeItem(doc, 'figure:de-xuat-3-so-lieu-so-luong');
    saveDocument(doc);
    const before = treeHash(content);
    writeFileSync(join(draft, '.publish.lock'), '');
    expect((await publishFromDesk(draft, '2024-04-trang-dinh', content)).status).toBe('locked');
    expect(treeHash(content)).toBe(before);
    rmSync(join(draft, '.publish.lock'));
  });

  it('publishes once: of two tabs publishing at the same time, one writes and the other is refused', async () => {
    const [a, b] = await Promise.all([publishFromDesk(draft, '2024-04-trang-dinh', content), publishFromDesk(draft, '2024-04-trang-dinh', content)]);
    // The second finds the first holding the lock (or, had it come later, the draft published).
    expect([a.status, b.status].filter((s) => s === 'published')).toHaveLength(1);
    expect(['locked', 'already']).toContain(a.status === 'published' ? b.status : a.status);
    const after = treeHash(content);
    expect((await publishFromDesk(draft, '2024-04-trang-dinh', content)).status).toBe('already');
    expect(treeHash(content)).toBe(after);
    const folder = join(content, 'notices/2024/2024-04-trang-dinh');
    expect(readFileSync(join(folder, 'notice.mdx'), 'utf8')).not.toMatch(/^draft:|^review:/mu);
    expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toBe(readFileSync(`${SAMPLE}/source.txt`, 'utf8'));
    expect(existsSync(join(folder, 'desk-state.json'))).toBe(false);
    const model = loadModel(content);
    expect(model.notices.find((n) => n.id === '2024-04-trang-dinh')!.figures.map((f) => f.printed)).toContain('đạt 17,420 tỷ đồng');
  });
});

describe('a correction of the published notice', () => {
  const form = (fields: Record<string, string>): FormData => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it('is written with its day, field, old and new value and reason, and the loader accepts it', () => {
    const result = applyCorrection(content, 'notice', '2024-04-trang-dinh', form({ field: 'directives[2.1-a].topic', value: 'Kế hoạch phát triển kinh tế - xã hội năm 2024', reason: 'Chủ đề viết lại cho rõ', date: '2024-05-02' }));
    expect(result.issues).toEqual([]);
    const notice = loadModel(content).notices.find((n) => n.id === '2024-04-trang-dinh')!;
    expect(notice.directives.find((d) => d.id === '2.1-a')!.topic).toBe('Kế hoạch phát triển kinh tế - xã hội năm 2024');
    expect(notice.corrections).toEqual([{ date: '2024-05-02', field: 'directives[2.1-a].topic', old: 'Chủ đề do người biên tập viết', new: 'Kế hoạch phát triển kinh tế - xã hội năm 2024', reason: 'Chủ đề viết lại cho rõ' }]);
  });

  it("is refused, and nothing written, when the corrected value fails the build's checks", () => {
    const before = treeHash(content);
    const result = applyCorrection(content, 'notice', '2024-04-trang-dinh', form({ field: 'figures[thu-nsnn].printed', value: '17,42 tỷ đồng', reason: 'Sửa số', date: '2024-05-02' }));
    expect(result.ok).toBe(false);
    expect(result.issues.some((i) => i.file.endsWith('figures.csv') && i.field === 'printed')).toBe(true);
    expect(treeHash(content)).toBe(before);
  });
});
