/**
 * From draft to published (issue 11, point 7): `npm run publish-draft` refuses a draft that is
 * not reviewed (nothing written to content/) and moves a reviewed one into
 * content/notices/<year>/<id>/, where the build accepts it. The draft is the sample's own
 * import; "review" is done here by a script as an editor would (topics written, flags removed).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, writeDraft } from '../../src/importer/index.ts';
import { publishDraft } from '../../src/importer/publish.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { contentCopy } from '../helpers/content-copy.ts';

let draftDir: string;
let content: string;
beforeAll(async () => {
  draftDir = join(mkdtempSync(join(tmpdir(), 'tp-pub-')), '2024-04-trang-dinh');
  writeDraft(await importFile('content/notices/2024/2024-04-trang-dinh/source.txt'), draftDir, 'source.txt');
  content = contentCopy([]);
});

const published = (id: string) => readdirSync(join(content, 'notices', '2024')).includes(id);

describe('a draft not yet reviewed', () => {
  it('is not published: the review items and a taken id are errors, nothing is written', () => {
    const before = readdirSync(join(content, 'notices', '2024'));
    const result = publishDraft(draftDir, content);
    expect(result.folder).toBeNull();
    expect(result.errors.map((e) => e.replace(/^.*?(trường|: thấy)/u, '$1'))).toEqual([
      'trường "review": thấy "17 mục"; cần không còn mục nào: xử lý từng mục rồi xóa review:',
      ': thấy "một thông báo đã công bố có mã này"; cần một mã mới (--id <mã>)',
    ]);
    expect(result.toCheck).toContain('review: [cần biên tập] findings/directives/proposals[].topic: 21 chủ đề ngắn (topic) để trống: người biên tập viết');
    expect(readdirSync(join(content, 'notices', '2024'))).toEqual(before);
  });
});

describe('the same draft once reviewed', () => {
  it('is checked with the whole content and moved under its year with the id given', () => {
    const reviewed = join(mkdtempSync(join(tmpdir(), 'tp-rev-')), '2024-04-trang-dinh');
    cpSync(draftDir, reviewed, { recursive: true });
    const mdx = readFileSync(join(reviewed, 'notice.mdx'), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx.replace(/^(#.*\n)+/mu, '')) ?? [];
    const data = yaml.load(front.replace(/^#.*\n/gmu, ''), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    delete data['draft'];
    delete data['review'];
    const fill = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(fill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'topic' && x === null ? 'Chủ đề' : fill(x)])) : v;
    writeFileSync(join(reviewed, 'notice.mdx'), `---\n${yaml.dump(fill(data), { schema: yaml.CORE_SCHEMA })}---\n${body}`);
    const csv = readFileSync(join(reviewed, 'figures.csv'), 'utf8').split('\n');
    writeFileSync(join(reviewed, 'figures.csv'), csv.filter((line) => !/^(de-xuat-\d+-)?so-lieu-/u.test(line)).join('\n'));

    const result = publishDraft(reviewed, content, '2024-04-trang-dinh-ban-sao');
    expect(result.errors).toEqual([]);
    expect(result.folder).toBe('content/notices/2024/2024-04-trang-dinh-ban-sao');
    expect(published('2024-04-trang-dinh-ban-sao')).toBe(true);
    expect(existsSync(join(content, 'notices/2024/2024-04-trang-dinh-ban-sao/import-report.md'))).toBe(false);
    // "thực hiện đạt 17,420 tỷ đồng" (source.txt line 19): "đạt" is kept as the qualifier (issue 11).
    expect(loadModel(content).noticeById.get('2024-04-trang-dinh-ban-sao')?.figures.map((f) => f.printed)).toContain('đạt 17,420 tỷ đồng');
    expect(result.toCheck).toContain('npm run build, then read /thong-bao/2024-04-trang-dinh-ban-sao/ and its briefing /ban-in/thong-bao/2024-04-trang-dinh-ban-sao/ against the original document');
  });
});
