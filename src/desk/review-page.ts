/**
 * The review page of a draft: the original text, its lines numbered, on one side; the draft on
 * the other, item by item (figures, dates, findings, directives, proposals, a report's
 * statuses), each with a link that highlights its sentence in the text, and buttons to accept,
 * correct or remove it; the `review:` checklist; the short title and the reasons for absent
 * fields; the publish button. Plain forms: it works without JavaScript (desk.js checks the
 * verbatim words as the editor types and keeps the place on the page).
 */
import type { ContentIssue } from '../load/errors.ts';
import type { DeskDocument } from './documents.ts';
import type { DraftState } from './draft-state.ts';
import { html, type Markup } from './html.ts';
import { KIND_LABELS, type ItemField, type ReviewItem } from './items.ts';
import { page, tokenField, type PageContext } from './layout.ts';
import type { PlacedIssues } from './issues.ts';
import { ISSUE_LABELS } from './strings.ts';
import type { Choice, Vocabulary } from './vocabulary.ts';

/** The original text as numbered lines, the selected item's words marked. */
export function sourcePane(source: string, marks: readonly { start: number; end: number }[]): Markup {
  const lines = source.split('\n');
  let offset = 0;
  const rendered = lines.map((line, i) => {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    const parts: Markup[] = [];
    let at = start;
    for (const m of [...marks].sort((a, b) => a.start - b.start)) {
      const s = Math.max(m.start, at);
      const e = Math.min(m.end, end);
      if (e <= s) continue;
      parts.push(html`${source.slice(at, s)}<mark>${source.slice(s, e)}</mark>`);
      at = e;
    }
    parts.push(html`${source.slice(at, end)}`);
    const marked = marks.some((m) => m.start < end && m.end > start);
    return html`<li id="dong-${i + 1}"${marked ? html` class="desk-source__hit"` : ''}><span class="desk-source__no" aria-hidden="true">${i + 1}</span><span class="desk-source__text">${parts}</span></li>`;
  });
  return html`<ol class="desk-source">${rendered}</ol>`;
}

export function issueList(issues: readonly ContentIssue[]): Markup {
  if (issues.length === 0) return html``;
  return html`<ul class="desk-issues" role="alert">${issues.map(
    (i) => html`<li class="desk-issue"><dl>
<dt>${ISSUE_LABELS.file}</dt><dd><code>${i.file}</code></dd>
${i.where ? html`<dt>${ISSUE_LABELS.where}</dt><dd>${i.where}</dd>` : ''}
${i.field ? html`<dt>${ISSUE_LABELS.field}</dt><dd><code>${i.field}</code></dd>` : ''}
${i.found !== null ? html`<dt>${ISSUE_LABELS.found}</dt><dd><q>${i.found}</q></dd>` : ''}
<dt>${ISSUE_LABELS.expected}</dt><dd>${i.expected}</dd></dl></li>`,
  )}</ul>`;
}

/** The portal's words for one kind of field, once per page; each field of that kind points at it. */
function datalist(kind: string, choices: readonly Choice[]): Markup {
  return html`<datalist id="ds-${kind}">${choices.map((c) => html`<option value="${c.value}">${c.label}</option>`)}</datalist>`;
}

function chooser(f: ItemField, id: string): Markup {
  return html`<input id="${id}" name="v:${f.name}" value="${f.value}" list="ds-${f.choose ?? ''}" autocomplete="off">`;
}

function fieldInput(f: ItemField, id: string, vocabulary: Vocabulary, draftId: string): Markup {
  const verbatim = f.verbatim ? html` data-verbatim="${draftId}" aria-describedby="${id}-kq"` : '';
  let input: Markup;
  if (f.choose === 'status') {
    input = html`<select id="${id}" name="v:${f.name}">${vocabulary.status.map((c) => html`<option value="${c.value}"${c.value === f.value ? ' selected' : ''}>${c.label}</option>`)}</select>`;
  } else if (f.choose !== null) input = chooser(f, id);
  else if (f.long) input = html`<textarea id="${id}" name="v:${f.name}" rows="3"${verbatim}>${f.value}</textarea>`;
  else input = html`<input id="${id}" name="v:${f.name}" value="${f.value}"${verbatim}>`;
  return html`<div class="desk-field"><label for="${id}">${f.label}</label>${input}${f.verbatim ? html`<output id="${id}-kq" class="desk-verbatim" for="${id}"></output>` : ''}</div>`;
}

function itemCard(item: ReviewItem, n: number, ctx: PageContext, draftId: string, accepted: boolean, selected: boolean, issues: readonly ContentIssue[], vocabulary: Vocabulary, base: string): Markup {
  const anchor = `muc-${n}`;
  const where = item.line === null
    ? html`<p class="desk-warn">Không tìm thấy nguyên văn trong văn bản gốc.</p>`
    : html`<a class="desk-item__source" href="${base}?muc=${encodeURIComponent(item.key)}#dong-${item.line}" data-line="${item.line}">Xem câu gốc, dòng ${item.line}</a>`;
  return html`<article id="${anchor}" class="desk-item${accepted ? ' desk-item--ok' : ''}${selected ? ' desk-item--selected' : ''}${issues.length > 0 ? ' desk-item--error' : ''}" data-key="${item.key}">
<h3><span class="desk-item__kind">${KIND_LABELS[item.kind]}</span> ${item.label} ${accepted ? html`<span class="desk-badge">Đã duyệt</span>` : html`<span class="desk-badge desk-badge--todo">Chưa duyệt</span>`}</h3>
${where}
${issueList(issues)}
<form method="post" action="${base}muc#${anchor}">${tokenField(ctx)}<input type="hidden" name="key" value="${item.key}">
${item.fields.map((f, i) => fieldInput(f, `${anchor}-${i}`, vocabulary, draftId))}
<div class="desk-actions"><button name="action" value="accept">Chấp nhận</button> <button name="action" value="save">Lưu sửa</button> <button name="action" value="remove" class="desk-danger">Xóa mục này</button></div>
</form></article>`;
}

export interface ReviewPageInput {
  id: string;
  doc: DeskDocument;
  state: DraftState;
  items: ReviewItem[];
  selected: string | null;
  vocabulary: Vocabulary;
  placed: PlacedIssues | null;
  message: string | null;
}

/** The whole review page of draft `id`. */
export function reviewPage(ctx: PageContext, input: ReviewPageInput): string {
  const { id, doc, state, items, vocabulary, placed } = input;
  const base = `/ban-nhap/${encodeURIComponent(id)}/`;
  const accepted = new Set(state.accepted);
  const selected = items.find((i) => i.key === input.selected);
  const review = Array.isArray(doc.data['review']) ? (doc.data['review'] as unknown[]).map(String) : [];
  const absent = Array.isArray(doc.data['absent']) ? (doc.data['absent'] as { field: string; reason: string | null }[]) : [];
  const todo = items.filter((i) => !accepted.has(i.key)).length;
  const body = html`
<h1>${doc.kind === 'report' ? 'Báo cáo' : 'Thông báo'} nháp: <code>${id}</code></h1>
${input.message ? html`<p class="desk-message" role="status">${input.message}</p>` : ''}
${state.published ? html`<p class="desk-message">Đã công bố vào <code>${state.published.folder}</code>.</p>` : ''}
${placed && (placed.general.length > 0 || placed.byItem.size > 0) ? html`<section class="desk-errors" aria-labelledby="loi"><h2 id="loi">Chưa công bố được: ${placed.general.length + [...placed.byItem.values()].reduce((a, l) => a + l.length, 0)} lỗi</h2><p>Mỗi lỗi được ghi ngay tại mục của nó bên dưới; các lỗi chung:</p>${issueList(placed.general)}</section>` : ''}
<div class="desk-review">
<section class="desk-review__source" aria-labelledby="goc"><h2 id="goc">Văn bản gốc</h2>${sourcePane(doc.source, selected?.ranges ?? [])}</section>
<section class="desk-review__draft" aria-labelledby="nhap"><h2 id="nhap">Bản nháp</h2>
<form method="post" action="${base}ra-soat" class="desk-checklist">${tokenField(ctx)}
<h3>Danh sách cần xử lý (review) — ${review.length} mục</h3>
${review.length === 0 ? html`<p>Không còn mục nào.</p>` : html`<ul>${review.map((r, i) => html`<li><input type="checkbox" id="rv-${i}" name="done" value="${i}"> <label for="rv-${i}">${r}</label></li>`)}</ul>`}
${doc.kind === 'notice' ? html`<div class="desk-field"><label for="tieu-de-ngan">Tên ngắn (shortTitle)</label><input id="tieu-de-ngan" name="shortTitle" value="${String(doc.data['shortTitle'] ?? '')}"></div>` : ''}
${absent.map((a, i) => html`<div class="desk-field"><label for="ly-do-${i}">Lý do văn bản không có "${a.field}"</label><input id="ly-do-${i}" name="absent:${i}" value="${a.reason ?? ''}"></div>`)}
<button>Lưu danh sách (bỏ các mục đã đánh dấu)</button></form>
<p>${items.length} mục, còn ${todo} mục chưa duyệt.</p>
${items.map((item, n) => itemCard(item, n, ctx, id, accepted.has(item.key), item.key === input.selected, placed?.byItem.get(item.key) ?? [], vocabulary, base))}
${(['indicator', 'locality', 'item', 'topic', 'agency'] as const).map((k) => datalist(k, vocabulary[k]))}
<form method="post" action="${base}cong-bo" class="desk-publish">${tokenField(ctx)}
<button class="desk-primary"${state.published ? ' disabled' : ''}>Công bố</button>
<p>Công bố chạy đúng các kiểm tra của <code>npm run validate</code> trên bản sao của content/ có bản nháp này; nếu có lỗi, không ghi gì vào content/.</p>
</form>
</section></div>`;
  return page(ctx, `Duyệt ${id}`, body, { wide: true });
}
