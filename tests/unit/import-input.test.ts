/**
 * What the importer accepts: the same notice as UTF-8 text (NFC, or NFD with a BOM and Windows
 * line ends) or as a Word .docx gives the same draft; a legacy Vietnamese encoding or another
 * kind of file is refused with an explanation, and the command line exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importFile, noticeDraft, type Draft } from '../../src/importer/index.ts';

const sourcePath = 'content/notices/2024/2024-04-trang-dinh/source.txt';
const sourceText = readFileSync(sourcePath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tp-import-'));
let fromText: Draft;

/** The draft without what depends on line layout: review notes' line numbers and positions. */
function layoutFree(draft: Draft) {
  const frontmatter: Partial<Draft['frontmatter']> = { ...draft.frontmatter };
  delete frontmatter.review;
  return { frontmatter, figures: draft.figures.map(({ line: _l, column: _c, offset: _o, ...f }) => f) };
}

beforeAll(async () => {
  fromText = noticeDraft(await importFile(sourcePath));
});

describe('a .docx of the sample notice (built here with the docx package)', () => {
  let fromDocx: Draft;
  beforeAll(async () => {
    const paragraphs = sourceText.split('\n').filter((l) => l.trim() !== '').map((l) => new Paragraph({ children: [new TextRun(l)] }));
    const path = join(dir, 'thong-bao.docx');
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    fromDocx = noticeDraft(await importFile(path));
  });

  it('gives the same draft as the text', () => {
    expect(layoutFree(fromDocx)).toEqual(layoutFree(fromText));
  });

  it('points every figure at its printed text in its own source.txt', () => {
    for (const draft of [fromText, fromDocx]) {
      for (const f of draft.figures) expect(draft.source.slice(f.offset, f.offset + f.printed.length)).toBe(f.printed);
    }
  });
});

describe('the sample text in NFD with a BOM and CRLF line ends', () => {
  it('gives exactly the same draft, source.txt in NFC included', async () => {
    const path = join(dir, 'nfd.txt');
    writeFileSync(path, `\uFEFF${sourceText.normalize('NFD').replace(/\n/g, '\r\n')}`);
    const draft = await importFile(path);
    expect(draft.source).toBe(sourceText.normalize('NFC'));
    expect(draft).toEqual(fromText);
  });
});

async function refusal(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const error = await importFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}

// Bytes as the legacy code pages store "Cộng hòa xã hội chủ nghĩa Việt Nam / Thông báo kết luận".
const TCVN3 = Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\nTh«ng b¸o kÕt luËn\n', 'latin1');
const VNI = Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nThoâng baùo keát luaän\n', 'latin1');
// Windows-1258 keeps tones as separate bytes: a + 0xEC (acute), ê (0xEA) + 0xEC, â (0xE2) + 0xF2 (dot below).
const CP1258 = Buffer.concat([Buffer.from('Th'), Buffer.from([0xf4]), Buffer.from('ng ba'), Buffer.from([0xec]), Buffer.from('o k'), Buffer.from([0xea, 0xec]), Buffer.from('t lu'), Buffer.from([0xe2, 0xf2]), Buffer.from('n\n')]);

describe.each([
  { name: 'tcvn3.txt', bytes: TCVN3, encoding: 'TCVN3' },
  { name: 'vni.txt', bytes: VNI, encoding: 'VNI' },
  { name: 'cp1258.txt', bytes: CP1258, encoding: 'Windows-1258' },
  { name: 'tcvn3-as-utf8.txt', bytes: Buffer.from(TCVN3.toString('latin1'), 'utf8'), encoding: 'TCVN3' },
])('a file in a legacy encoding ($name)', ({ name, bytes, encoding }) => {
  it(`is refused, naming the file and ${encoding}, and says how to convert it`, async () => {
    const message = await refusal(name, bytes);
    expect(message).toContain(name);
    expect(message).toContain(`bảng mã cũ ${encoding}`);
    expect(message).toMatch(/cần văn bản Unicode UTF-8\..*Hãy chuyển sang Unicode trước/u);
  });
});

describe.each(['notice.pdf', 'notice.doc', 'notice.rtf', 'notice'])('an input named %s', (name) => {
  it('is refused with the accepted kinds of file', async () => {
    const message = await refusal(name, 'x');
    expect(message).toContain(name);
    expect(message).toContain('cần một tệp .txt (văn bản UTF-8) hoặc .docx (Word)');
  });
});

// Each run starts Node and reads the register: allow for a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-notice.ts', ...args], { encoding: 'utf8' });

  it('writes the four draft files and prints the share of fields matching the sample', () => {
    const out = join(dir, 'out');
    const result = run(sourcePath, '--out', out, '--compare', 'content/notices/2024/2024-04-trang-dinh');
    expect(result.status).toBe(0);
    for (const f of ['notice.mdx', 'figures.csv', 'source.txt', 'import-report.md']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'notice.mdx'), 'utf8')).toMatch(/^---\n(#.*\n)+draft: true\nreview:\n/);
    expect(result.stdout).toMatch(/\d+\/\d+ fields exact \(\d+\.\d%\)/);
  });

  it('exits 1 with the reason for a file it cannot import', () => {
    const path = join(dir, 'tcvn3-cli.txt');
    writeFileSync(path, TCVN3);
    const result = run(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tcvn3-cli.txt: thấy "các byte không phải UTF-8"; cần văn bản Unicode UTF-8');
  });
});
