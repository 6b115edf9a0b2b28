/** The desk's first page: drop a document, the drafts waiting, the published documents to correct. */
import { html } from './html.ts';
import { page, tokenField, type PageContext } from './layout.ts';

export interface HomeInput {
  drafts: { id: string; kind: string; published: string | null; todo: number }[];
  published: { kind: 'notice' | 'report'; id: string; title: string }[];
  message: string | null;
  previewUrl: string | null;
}

export function homePage(ctx: PageContext, input: HomeInput): string {
  const body = html`
<h1>Bàn biên tập</h1>
${input.message ? html`<p class="desk-message" role="alert">${input.message}</p>` : ''}
<section aria-labelledby="tai-len"><h2 id="tai-len">1. Tải văn bản lên</h2>
<p>Chọn tệp Word (.docx) hoặc văn bản (.txt) của một thông báo kết luận hoặc một báo cáo kết quả thực hiện. Máy đọc văn bản và soạn bản nháp để bạn duyệt.</p>
<form method="post" action="/tai-len" enctype="multipart/form-data">${tokenField(ctx)}
<div class="desk-field"><label for="tep">Tệp văn bản</label><input type="file" id="tep" name="file" accept=".docx,.txt" required></div>
<div class="desk-field desk-field--inline"><input type="checkbox" id="thay" name="force" value="1"> <label for="thay">Thay bản nháp cùng tên nếu đã có</label></div>
<button class="desk-primary">Tải lên và soạn bản nháp</button></form></section>
<section aria-labelledby="nhap"><h2 id="nhap">2. Bản nháp đang chờ duyệt</h2>
${input.drafts.length === 0 ? html`<p>Chưa có bản nháp.</p>` : html`<ul>${input.drafts.map((d) => html`<li><a href="/ban-nhap/${d.id}/">${d.id}</a> (${d.kind === 'report' ? 'báo cáo' : 'thông báo'}) — ${d.published ? `đã công bố vào ${d.published}` : `còn ${d.todo} mục chưa duyệt`}</li>`)}</ul>`}
</section>
<section aria-labelledby="da-cong-bo"><h2 id="da-cong-bo">3. Đính chính văn bản đã công bố</h2>
<ul>${input.published.map((p) => html`<li><a href="/da-cong-bo/${p.kind === 'report' ? 'bao-cao' : 'thong-bao'}/${p.id}/">${p.title}</a> <code>${p.id}</code></li>`)}</ul>
</section>
${input.previewUrl ? html`<p>Xem trước cổng: <a href="${input.previewUrl}">${input.previewUrl}</a></p>` : ''}`;
  return page(ctx, 'Trang đầu', body);
}
