/**
 * After a publication: where the document now is, and the portal's pages it appears on (the
 * notice or report page, the units it touches, its briefing), as links to the preview server when
 * one runs (scripts/desk.ts starts `astro dev` over the same content/), else as paths to open
 * after `npm run build`.
 */
import type { Model } from '../domain/model.ts';
import { localityUrl, noticeUrl, reportUrl, urlOf } from '../site/urls.ts';
import { html } from './html.ts';
import { page, type PageContext } from './layout.ts';

/** The pages a published document appears on: [what, path]. */
export function pagesOf(model: Model, kind: 'notice' | 'report', id: string): [string, string][] {
  if (kind === 'report') {
    const r = model.reports.find((x) => x.id === id);
    if (!r) return [];
    return [['Trang báo cáo', reportUrl(r)], ['Thông báo được báo cáo', noticeUrl(r.notice)], ['Theo dõi nhiệm vụ', urlOf('/nhiem-vu/')]];
  }
  const n = model.notices.find((x) => x.id === id);
  if (!n) return [];
  const units = new Map(n.inspected.map((l) => [l.id, l]));
  for (const f of n.figures) units.set(f.locality.id, f.locality);
  return [
    ['Trang thông báo', noticeUrl(n)],
    ...[...units.values()].map((l): [string, string] => [`Trang đơn vị: ${l.name}`, localityUrl(l)]),
    ['Bản in (briefing)', urlOf(`/ban-in/thong-bao/${n.id}/`)],
  ];
}

export function publishedPage(ctx: PageContext, outcome: { folder: string; kind: 'notice' | 'report'; id: string }, model: Model, previewUrl: string | null): string {
  const pages = pagesOf(model, outcome.kind, outcome.id);
  const link = (path: string): string => (previewUrl ? new URL(path.replace(/^\//u, ''), previewUrl).href : path);
  const body = html`
<h1>Đã công bố</h1>
<p class="desk-message" role="status">Đã công bố vào <code>${outcome.folder}</code>.</p>
<h2>Các trang sẽ hiện</h2>
${previewUrl ? html`<p>Mở để xem đúng như người đọc sẽ thấy (máy xem trước trên máy này):</p>` : html`<p>Máy xem trước chưa chạy: sau khi dựng trang (<code>npm run build</code>), mở các địa chỉ sau:</p>`}
<ul class="desk-pages">${pages.map(([what, path]) => html`<li><a href="${link(path)}">${what}</a> <code>${path}</code></li>`)}</ul>
<p><a href="/">Về trang đầu</a></p>`;
  return page(ctx, 'Đã công bố', body);
}
