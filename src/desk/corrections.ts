/**
 * Correcting a published notice or report: the editor picks a field, writes the new value and
 * why; the desk writes the value into the document's files with a correction entry (day, field,
 * old → new, reason: src/domain/schemas/correction.ts), checks the whole content with it in a
 * copy by the loader (load/check-corrections.ts among every other check), and only then replaces
 * the files, each by a rename. The readers see it in the document's "Đính chính" section, the
 * corrections list and its feed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fieldText, locateField } from '../domain/correction-field.ts';
import type { Correction } from '../domain/schemas/correction.ts';
import { ContentError, type ContentIssue } from '../load/errors.ts';
import { loadModel } from '../load/load-model.ts';
import { documentFiles, readDocument, writeFilesAtomically, type DeskDocument, type DocumentKind } from './documents.ts';
import { html } from './html.ts';
import { page, tokenField, type PageContext } from './layout.ts';
import { issueList, sourcePane } from './review-page.ts';

export interface CorrectionResult {
  ok: boolean;
  issues: ContentIssue[];
  correction: Correction | null;
}

const FOLDERS: Record<DocumentKind, string> = { notice: 'notices', report: 'reports' };

/** The folder of a published document, or null. */
export function publishedFolder(contentDir: string, kind: DocumentKind, id: string): string | null {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) return null;
  const root = join(contentDir, FOLDERS[kind]);
  if (!existsSync(root)) return null;
  for (const year of readdirSync(root)) if (existsSync(join(root, year, id))) return join(root, year, id);
  return null;
}

/** The fields an editor may correct, with what each holds now. */
export function correctableFields(doc: DeskDocument): { path: string; value: string }[] {
  const root = { ...doc.data, figures: doc.figures };
  const paths: string[] = ['title'];
  if (doc.kind === 'notice') paths.push('shortTitle');
  const list = (name: string): Record<string, unknown>[] => (Array.isArray(doc.data[name]) ? (doc.data[name] as Record<string, unknown>[]) : []);
  list('findings').forEach((_, i) => paths.push(`findings[${i}].topic`, `findings[${i}].text`));
  for (const d of list('directives')) paths.push(`directives[${String(d['id'])}].topic`, `directives[${String(d['id'])}].text`);
  for (const p of list('proposals')) paths.push(`proposals[${String(p['id'])}].topic`, `proposals[${String(p['id'])}].request`, `proposals[${String(p['id'])}].response`);
  list('entries').forEach((_, i) => paths.push(`entries[${i}].item`, `entries[${i}].status`, `entries[${i}].from`, `entries[${i}].evidence`));
  for (const f of doc.figures) for (const c of ['value', 'printed', 'excerpt', 'indicator', 'locality', 'as_of', 'subject', 'target', 'denominator']) paths.push(`figures[${f['id'] ?? ''}].${c}`);
  return paths.flatMap((path) => {
    const value = fieldText(root, path);
    return value === undefined ? [] : [{ path, value }];
  });
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Applies the correction the form asks for, if the whole content stays valid with it. */
export function applyCorrection(contentDir: string, kind: DocumentKind, id: string, form: FormData): CorrectionResult {
  const folder = publishedFolder(contentDir, kind, id);
  const doc = folder === null ? null : readDocument(folder);
  const file = folder === null ? id : relative(join(contentDir, '..'), join(folder, kind === 'report' ? 'report.yaml' : 'notice.mdx'));
  const fail = (field: string | null, found: string | null, expected: string): CorrectionResult => ({ ok: false, issues: [{ file, where: null, field, found, expected }], correction: null });
  if (folder === null || doc === null) return fail(null, id, 'một văn bản đã công bố');
  const field = String(form.get('field') ?? '');
  const value = String(form.get('value') ?? '').normalize('NFC');
  const reason = String(form.get('reason') ?? '').trim().normalize('NFC');
  const date = String(form.get('date') ?? '').trim() || today();
  if (reason === '') return fail('reason', '', 'lý do đính chính (hiện cho người đọc)');
  const root: Record<string, unknown> = { ...doc.data, figures: doc.figures };
  const place = locateField(root, field);
  const old = fieldText(root, field);
  if (place === null || old === undefined) return fail('field', field, 'một trường của văn bản này');
  if (old === value) return fail('value', value, 'một giá trị khác giá trị hiện có');
  const holder = place.holder === root ? doc.data : place.holder;
  const isFigure = field.startsWith('figures[');
  holder[place.key] = isFigure ? value : value === '' ? null : value;
  const correction: Correction = { date, field, old, new: value, reason };
  doc.data['corrections'] = [...(Array.isArray(doc.data['corrections']) ? (doc.data['corrections'] as Correction[]) : []), correction];
  const files = documentFiles(doc);
  // Checked in a copy of content/ with the corrected files: content/ changes only when all is well.
  const trial = join(mkdtempSync(join(tmpdir(), 'tp-desk-correct-')), 'content');
  try {
    cpSync(contentDir, trial, { recursive: true });
    writeFilesAtomically(join(trial, relative(contentDir, folder)), files);
    loadModel(trial);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return { ok: false, issues: [...e.issues], correction: null };
  } finally {
    rmSync(join(trial, '..'), { recursive: true, force: true });
  }
  writeFilesAtomically(folder, files);
  return { ok: true, issues: [], correction };
}

/** The correction page of a published document. */
export function correctionPage(ctx: PageContext, contentDir: string, kind: DocumentKind, id: string, result: CorrectionResult | null): string {
  const folder = publishedFolder(contentDir, kind, id)!;
  const doc = readDocument(folder)!;
  const fields = correctableFields(doc);
  const done = Array.isArray(doc.data['corrections']) ? (doc.data['corrections'] as Correction[]) : [];
  const body = html`
<h1>Đính chính: <code>${id}</code></h1>
<p>${String(doc.data['title'] ?? '')}</p>
${result?.ok ? html`<p class="desk-message" role="status">Đã ghi đính chính: ${result.correction!.field}: "${result.correction!.old}" → "${result.correction!.new}".</p>` : ''}
${result && !result.ok ? html`<section class="desk-errors" role="alert"><h2>Chưa ghi được đính chính</h2>${issueList(result.issues)}</section>` : ''}
<div class="desk-review">
<section class="desk-review__source" aria-labelledby="goc"><h2 id="goc">Văn bản gốc</h2>${sourcePane(doc.source, [])}</section>
<section class="desk-review__draft" aria-labelledby="sua"><h2 id="sua">Sửa một trường</h2>
<p>Dữ liệu đã công bố không bao giờ bị sửa lặng lẽ: mỗi thay đổi được ghi lại (ngày, trường, giá trị cũ → mới, lý do) và hiện cho người đọc ở mục "Đính chính".</p>
<form method="post" action="/da-cong-bo/${kind === 'report' ? 'bao-cao' : 'thong-bao'}/${id}/">${tokenField(ctx)}
<div class="desk-field"><label for="truong">Trường cần sửa</label><select id="truong" name="field">${fields.map((f) => html`<option value="${f.path}">${f.path} = ${f.value.length > 60 ? `${f.value.slice(0, 60)}…` : f.value}</option>`)}</select></div>
<div class="desk-field"><label for="gia-tri">Giá trị mới</label><textarea id="gia-tri" name="value" rows="3" required></textarea></div>
<div class="desk-field"><label for="ly-do">Lý do (người đọc sẽ thấy)</label><input id="ly-do" name="reason" required></div>
<div class="desk-field"><label for="ngay">Ngày đính chính</label><input id="ngay" name="date" type="date" value="${today()}"></div>
<button class="desk-primary">Ghi đính chính</button></form>
<h2>Các đính chính đã ghi</h2>
${done.length === 0 ? html`<p>Chưa có.</p>` : html`<ul>${done.map((c) => html`<li>${c.date}: <code>${c.field}</code> "${c.old}" → "${c.new}" — ${c.reason}</li>`)}</ul>`}
</section></div>`;
  return page(ctx, `Đính chính ${id}`, body, { wide: true });
}
