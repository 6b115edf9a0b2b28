/**
 * The editor's desk (issue 23): a small HTTP server on 127.0.0.1 over the project's own content/
 * and drafts/, with Node's `http` alone — a handful of routes, forms and one JSON endpoint need
 * no framework, and every check of security.ts stays in view. Routes:
 *   GET  /                          drop a document; drafts; published documents
 *   POST /tai-len                   upload → importer → drafts/<id>/ → the review page
 *   GET  /ban-nhap/<id>/            review beside the source (review-page.ts)
 *   POST /ban-nhap/<id>/muc         accept, correct or remove one item
 *   POST /ban-nhap/<id>/ra-soat     the review checklist, short title, reasons for absent fields
 *   POST /ban-nhap/<id>/cong-bo     publish (publish.ts)
 *   POST /api/nguyen-van            the verbatim check of words against a document's source
 *   GET  /da-cong-bo/<kind>/<id>/   a published notice or report, to correct (corrections.ts)
 *   POST /da-cong-bo/<kind>/<id>/   record a correction
 *   GET  /tai-nguyen/desk.css|js    the desk's own stylesheet and script
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { Model } from '../domain/model.ts';
import { findVerbatimRanges, lineOfOffset } from '../domain/verbatim.ts';
import { ContentError, type ContentIssue } from '../load/errors.ts';
import { loadModel } from '../load/load-model.ts';
import { ImportError, importFile, writeDraft } from '../importer/index.ts';
import { correctionPage, applyCorrection, publishedFolder } from './corrections.ts';
import { readDocument, saveDocument } from './documents.ts';
import { readState, setAccepted, writeState } from './draft-state.ts';
import { homePage } from './home-page.ts';
import { html } from './html.ts';
import { placeIssues } from './issues.ts';
import { removeItem, reviewItems, setField } from './items.ts';
import { page, type PageContext } from './layout.ts';
import { publishFromDesk } from './publish.ts';
import { publishedPage } from './published-page.ts';
import { reviewPage } from './review-page.ts';
import { newToken, refuseHost, refuseOrigin, SECURITY_HEADERS, tokenMatches } from './security.ts';
import { vocabularyFor } from './vocabulary.ts';

export interface DeskOptions {
  contentDir: string;
  draftsDir: string;
  /** 0 for any free port. */
  port?: number;
  /** Where the portal's pages can be seen (a dev server over the same content/), or null. */
  previewUrl?: () => string | null;
}

export interface Desk {
  server: Server;
  port: number;
  url: string;
  token: string;
  close(): Promise<void>;
}

const ASSETS: Record<string, string> = { 'desk.css': 'text/css; charset=utf-8', 'desk.js': 'text/javascript; charset=utf-8' };
const MAX_BODY = 20 * 1024 * 1024;
const DRAFT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

const redirect = (res: ServerResponse, to: string): void => send(res, 303, '', 'text/plain; charset=utf-8', { Location: to });

/** The request as a web Request, for its form data (multipart included) and JSON. */
function webRequest(req: IncomingMessage, port: number): Request {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY) throw new HttpError(413, 'Tệp quá lớn (tối đa 20 MB).');
  return new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
}

/** Starts the desk; resolves once it listens. */
export async function startDesk(options: DeskOptions): Promise<Desk> {
  const { contentDir, draftsDir } = options;
  const token = newToken();
  const ctx: PageContext = { token };
  let model: Model | null = null;
  const currentModel = (): Model => (model ??= loadModel(contentDir));
  const assetsDir = join(import.meta.dirname, 'assets');
  let port = 0;

  const draftDir = (id: string): string => {
    if (!DRAFT_ID.test(id)) throw new HttpError(404, 'Không có bản nháp này.');
    const dir = join(draftsDir, id);
    if (!existsSync(dir)) throw new HttpError(404, 'Không có bản nháp này.');
    return dir;
  };

  const reviewOf = (id: string, selected: string | null, extra: Partial<Parameters<typeof reviewPage>[1]> = {}): string => {
    const dir = draftDir(id);
    const doc = readDocument(dir);
    if (doc === null) throw new HttpError(404, 'Thư mục này không có notice.mdx hay report.yaml.');
    const answers = doc.kind === 'report' ? ((doc.data['answers'] as { notice?: string | null } | undefined)?.notice ?? null) : null;
    const date = typeof doc.data['date'] === 'string' ? doc.data['date'] : null;
    return reviewPage(ctx, { id, doc, state: readState(dir), items: reviewItems(doc), selected, vocabulary: vocabularyFor(currentModel(), date, answers), placed: null, message: null, ...extra });
  };

  async function handlePost(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const request = webRequest(req, port);
    if (path === '/api/nguyen-van') {
      if (!tokenMatches(req.headers['x-csrf-token'] as string | undefined, token)) throw new HttpError(403, 'Thiếu mã phiên.');
      const body = (await request.json()) as { draft?: unknown; text?: unknown };
      if (typeof body.draft !== 'string' || typeof body.text !== 'string') throw new HttpError(400, 'Cần draft và text.');
      const doc = readDocument(draftDir(body.draft));
      const ranges = findVerbatimRanges(doc?.source ?? '', body.text);
      const lines = ranges.map((r) => lineOfOffset(doc?.source ?? '', r.start));
      send(res, 200, JSON.stringify({ found: ranges.length, lines }), 'application/json; charset=utf-8');
      return;
    }
    const form = await request.formData();
    if (!tokenMatches(form.get('csrf') as string | null, token)) throw new HttpError(403, 'Thiếu hoặc sai mã phiên (CSRF): tải lại trang rồi làm lại.');
    if (path === '/tai-len') {
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0) throw new HttpError(400, 'Chưa chọn tệp.');
      const ext = extname(file.name).toLowerCase();
      if (ext !== '.docx' && ext !== '.txt') {
        send(res, 400, homeOf(`Tệp "${file.name}" không phải .docx hay .txt.`));
        return;
      }
      const tmp = mkdtempSync(join(tmpdir(), 'tp-desk-upload-'));
      try {
        const saved = join(tmp, `van-ban${ext}`);
        writeFileSync(saved, Buffer.from(await file.arrayBuffer()));
        const draft = await importFile(saved, contentDir, basename(file.name));
        writeDraft(draft, join(draftsDir, draft.id), basename(file.name), { force: form.get('force') === '1' });
        writeState(join(draftsDir, draft.id), { accepted: [], published: null });
        redirect(res, `/ban-nhap/${draft.id}/`);
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        send(res, 400, homeOf(`Không soạn được bản nháp: ${e.message}`));
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      return;
    }
    const draftRoute = /^\/ban-nhap\/([^/]+)\/(muc|ra-soat|cong-bo)$/u.exec(path);
    if (draftRoute) {
      const id = draftRoute[1]!;
      const dir = draftDir(id);
      if (readState(dir).published && draftRoute[2] !== 'cong-bo') throw new HttpError(409, 'Bản nháp này đã công bố: sửa bằng đính chính.');
      if (draftRoute[2] === 'muc') {
        const doc = readDocument(dir)!;
        const key = String(form.get('key') ?? '');
        const action = form.get('action');
        if (action === 'remove') {
          removeItem(doc, key);
          saveDocument(doc);
          setAccepted(dir, key, false);
        } else {
          for (const [name, value] of form.entries()) if (name.startsWith('v:') && typeof value === 'string') setField(doc, name.slice(2), value.normalize('NFC'));
          saveDocument(doc);
          setAccepted(dir, key, true);
          // desk.js sends the form itself and marks the item: no need to send the page again.
          if (req.headers['x-desk-fetch'] === '1') {
            send(res, 200, JSON.stringify({ accepted: key }), 'application/json; charset=utf-8');
            return;
          }
        }
        redirect(res, `/ban-nhap/${id}/?muc=${encodeURIComponent(key)}`);
        return;
      }
      if (draftRoute[2] === 'ra-soat') {
        const doc = readDocument(dir)!;
        const done = new Set(form.getAll('done').map(String));
        if (Array.isArray(doc.data['review'])) doc.data['review'] = (doc.data['review'] as unknown[]).filter((_, i) => !done.has(String(i)));
        const title = form.get('shortTitle');
        if (typeof title === 'string' && doc.kind === 'notice') doc.data['shortTitle'] = title.trim() === '' ? null : title.normalize('NFC');
        if (Array.isArray(doc.data['absent'])) {
          (doc.data['absent'] as { reason: string | null }[]).forEach((a, i) => {
            const reason = form.get(`absent:${i}`);
            if (typeof reason === 'string') a.reason = reason.trim() === '' ? null : reason.normalize('NFC');
          });
        }
        saveDocument(doc);
        redirect(res, `/ban-nhap/${id}/`);
        return;
      }
      const outcome = await publishFromDesk(dir, id, contentDir);
      if (outcome.status === 'published') {
        model = null;
        send(res, 200, publishedPage(ctx, outcome, currentModel(), options.previewUrl?.() ?? null));
        return;
      }
      if (outcome.status === 'locked') throw new HttpError(409, 'Bản nháp này đang được công bố ở một cửa sổ khác.');
      if (outcome.status === 'already') throw new HttpError(409, `Bản nháp này đã công bố vào ${outcome.folder}; không ghi lại lần nữa.`);
      const doc = readDocument(dir)!;
      if (outcome.status === 'pending') {
        const issues = outcome.keys.map((k): [string, ContentIssue[]] => [k, [{ file: `drafts/${id}`, where: null, field: k, found: 'chưa duyệt', expected: 'bấm "Chấp nhận" hoặc sửa rồi "Lưu sửa", hoặc xóa mục' }]]);
        send(res, 422, reviewOf(id, null, { placed: { byItem: new Map(issues), general: [] }, message: `Còn ${outcome.keys.length} mục chưa duyệt.` }));
        return;
      }
      send(res, 422, reviewOf(id, null, { placed: placeIssues(outcome.issues, doc, id) }));
      return;
    }
    const published = /^\/da-cong-bo\/(thong-bao|bao-cao)\/([^/]+)\/$/u.exec(path);
    if (published) {
      const result = applyCorrection(contentDir, published[1] === 'bao-cao' ? 'report' : 'notice', published[2]!, form);
      if (result.ok) model = null;
      send(res, result.ok ? 200 : 422, correctionPage(ctx, contentDir, published[1] === 'bao-cao' ? 'report' : 'notice', published[2]!, result));
      return;
    }
    throw new HttpError(404, 'Không có trang này.');
  }

  const homeOf = (message: string | null): string => {
    const drafts = existsSync(draftsDir)
      ? readdirSync(draftsDir).filter((d) => DRAFT_ID.test(d) && readDocument(join(draftsDir, d)) !== null).sort().map((d) => {
          const dir = join(draftsDir, d);
          const doc = readDocument(dir)!;
          const state = readState(dir);
          const accepted = new Set(state.accepted);
          return { id: d, kind: doc.kind, published: state.published?.folder ?? null, todo: reviewItems(doc).filter((i) => !accepted.has(i.key)).length };
        })
      : [];
    const m = currentModel();
    const published = [
      ...m.notices.map((n) => ({ kind: 'notice' as const, id: n.id, title: n.shortTitle })),
      ...m.reports.map((r) => ({ kind: 'report' as const, id: r.id, title: `Báo cáo ${r.number ?? ''} ${r.title}` })),
    ];
    return homePage(ctx, { drafts, published, message, previewUrl: options.previewUrl?.() ?? null });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostRefusal = refuseHost(req.headers, port);
    if (hostRefusal) return send(res, 403, hostRefusal, 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    if (req.method === 'POST') {
      const originRefusal = refuseOrigin(req.headers, port);
      if (originRefusal) return send(res, 403, originRefusal, 'text/plain; charset=utf-8');
      return handlePost(req, res, path);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Phương thức không được hỗ trợ.', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD, POST' });
    const asset = /^\/tai-nguyen\/([a-z.]+)$/u.exec(path)?.[1];
    if (asset !== undefined && ASSETS[asset]) return send(res, 200, readFileSync(join(assetsDir, asset), 'utf8'), ASSETS[asset]);
    if (path === '/') return send(res, 200, homeOf(null));
    const draft = /^\/ban-nhap\/([^/]+)\/$/u.exec(path);
    if (draft) return send(res, 200, reviewOf(draft[1]!, url.searchParams.get('muc')));
    const published = /^\/da-cong-bo\/(thong-bao|bao-cao)\/([^/]+)\/$/u.exec(path);
    if (published) {
      const kind = published[1] === 'bao-cao' ? 'report' : 'notice';
      if (publishedFolder(contentDir, kind, published[2]!) === null) throw new HttpError(404, 'Không có văn bản này.');
      return send(res, 200, correctionPage(ctx, contentDir, kind, published[2]!, null));
    }
    throw new HttpError(404, 'Không có trang này.');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof HttpError ? e.message : e instanceof ContentError ? `Nội dung trong content/ có lỗi:\n${e.message}` : `Lỗi của bàn biên tập: ${e instanceof Error ? e.message : String(e)}`;
      if (status === 500) console.error(e);
      if (!res.headersSent) send(res, status, page(ctx, 'Lỗi', html`<h1>Không làm được</h1><pre class="desk-pre">${message}</pre><p><a href="/">Về trang đầu</a></p>`));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
