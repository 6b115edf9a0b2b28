/**
 * The desk's guards (src/desk/security.ts, issue 23 point 6), against a desk started on port 0
 * over a copy of content/: a request addressed to another name (DNS rebinding) is refused, a
 * state-changing request from another origin or without the session's token is refused (403)
 * and writes nothing, every page carries the policy, and a document's text is shown as text.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readState } from '../../src/desk/draft-state.ts';
import { escapeHtml, html } from '../../src/desk/html.ts';
import { startDesk, type Desk } from '../../src/desk/server.ts';
import { contentCopy } from '../helpers/content-copy.ts';

let desk: Desk;
let drafts: string;

beforeAll(async () => {
  const content = contentCopy([]);
  drafts = join(dirname(content), 'drafts');
  mkdirSync(drafts);
  desk = await startDesk({ contentDir: content, draftsDir: drafts, port: 0 });
});
afterAll(() => desk.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that Host and Origin are exactly what a test says. */
function send(method: string, path: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: desk.port, method, path, headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const own = (): Record<string, string> => ({ Host: `127.0.0.1:${desk.port}` });
const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };
/** A notice's text with markup and braces in it (a .txt upload). */
const hostile = 'THÔNG BÁO\nKết luận <script>alert(1)</script> tại {process.exit(1)} huyện\n1. Nhận định <img src=x onerror=alert(2)>\n';

function multipart(token: string, name: string, text: string): { body: string; type: string } {
  const b = '----desk-test';
  const body = [`--${b}`, 'Content-Disposition: form-data; name="csrf"', '', token, `--${b}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, 'Content-Type: text/plain', '', text, `--${b}--`, ''].join('\r\n');
  return { body, type: `multipart/form-data; boundary=${b}` };
}

describe('which requests the desk answers', () => {
  it('answers its own address, with the strict policy', async () => {
    for (const host of [`127.0.0.1:${desk.port}`, `localhost:${desk.port}`]) {
      const a = await send('GET', '/', { Host: host });
      expect(a.status).toBe(200);
      expect(a.headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
      expect(a.headers['x-frame-options']).toBe('DENY');
    }
  });

  // PORT is the desk's port: a rebinding page reaches it as evil.example:PORT.
  it.each(['evil.example:PORT', 'evil.example', '127.0.0.1', 'localhost:1', '127.0.0.1.evil.example:PORT'])('refuses a request addressed to another name (Host %s): 403', async (host) => {
    const a = await send('GET', '/', { Host: host.replace('PORT', String(desk.port)) });
    expect(a.status).toBe(403);
    expect(a.body).toContain('không phải của bàn biên tập');
  });

  it('refuses a POST from another origin even with the token: 403, nothing written', async () => {
    const a = await send('POST', '/ban-nhap/x/ra-soat', { ...own(), ...formType, Origin: 'http://evil.example' }, form({ csrf: desk.token }));
    expect(a.status).toBe(403);
    const b = await send('POST', '/ban-nhap/x/ra-soat', { ...own(), ...formType, Origin: `http://127.0.0.1:${desk.port}`, 'Sec-Fetch-Site': 'cross-site' }, form({ csrf: desk.token }));
    expect(b.status).toBe(403);
  });

  it('refuses a POST that says nothing of its origin: 403', async () => {
    const a = await send('POST', '/ban-nhap/x/ra-soat', { ...own(), ...formType }, form({ csrf: desk.token }));
    expect(a.status).toBe(403);
  });

  it('refuses a same-origin upload without the token, or with another: 403, no draft', async () => {
    for (const token of ['', 'a'.repeat(64)]) {
      const { body, type } = multipart(token, 'thong-bao.txt', hostile);
      const a = await send('POST', '/tai-len', { ...own(), Origin: `http://127.0.0.1:${desk.port}`, 'Content-Type': type }, body);
      expect(a.status).toBe(403);
    }
    expect(readdirSync(drafts)).toEqual([]);
    const a = await send('POST', '/api/nguyen-van', { ...own(), 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' }, JSON.stringify({ draft: 'x', text: 'y' }));
    expect(a.status).toBe(403);
  });
});

describe("a document's text is data", () => {
  it('escapes every value put into a page', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
    expect(html`<p title="${'" onmouseover="x'}">${'<b>{a}</b>'}</p>`.text).toBe('<p title="&quot; onmouseover=&quot;x">&lt;b&gt;{a}&lt;/b&gt;</p>');
  });

  it('shows a notice holding <script> and {…} as those characters on its review page', async () => {
    const { body, type } = multipart(desk.token, 'thong-bao.txt', hostile);
    const a = await send('POST', '/tai-len', { ...own(), Origin: `http://127.0.0.1:${desk.port}`, 'Content-Type': type }, body);
    expect(a.status).toBe(303);
    const page = await send('GET', a.headers.location as string, own());
    expect(page.status).toBe(200);
    expect(page.body).toContain('Kết luận &lt;script&gt;alert(1)&lt;/script&gt; tại {process.exit(1)} huyện');
    expect(page.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page.body).not.toMatch(/<script>alert|<img src=x/u);
    // The only script is the desk's own file.
    expect([...page.body.matchAll(/<script[^>]*>/gu)].map((m) => m[0])).toEqual(['<script type="module" src="/tai-nguyen/desk.js">']);

    // Without JavaScript, "Chấp nhận" is a plain form: the item is kept as accepted and the page comes back.
    const id = /\/ban-nhap\/([^/]+)\//u.exec(a.headers.location as string)![1]!;
    const accept = await send('POST', `/ban-nhap/${id}/muc`, { ...own(), ...formType, Origin: `http://127.0.0.1:${desk.port}` }, form({ csrf: desk.token, key: 'date', action: 'accept' }));
    expect(accept.status).toBe(303);
    expect(accept.headers.location).toBe(`/ban-nhap/${id}/?muc=date`);
    expect(readState(join(drafts, id)).accepted).toEqual(['date']);
  });
});
