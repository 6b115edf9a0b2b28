// The desk's only script (served from the desk itself, no inline code): the verbatim check of
// src/domain/verbatim.ts runs on the desk as the editor types in a field whose words must occur
// in the original text, and the answer is shown beside the field as text. Without JavaScript the
// same check runs when the draft is published.
const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

async function check(field, output) {
  const response = await fetch('/api/nguyen-van', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
    body: JSON.stringify({ draft: field.dataset.verbatim, text: field.value }),
  });
  if (!response.ok) return;
  const { found, lines } = await response.json();
  output.textContent = found > 0 ? `✓ Có nguyên văn trong văn bản gốc (dòng ${lines.join(', ')})` : '✗ Không có nguyên văn trong văn bản gốc';
  output.dataset.found = String(found > 0);
}

for (const field of document.querySelectorAll('[data-verbatim]')) {
  const output = document.getElementById(field.getAttribute('aria-describedby') ?? '');
  if (!output) continue;
  let timer;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(field, output), 200);
  });
}

// "Chấp nhận" and "Lưu sửa" are sent without reloading the page (the review page is long); the
// item is then marked as reviewed where it stands. "Xóa mục này" reloads, as without JavaScript.
for (const form of document.querySelectorAll('article.desk-item form')) {
  form.addEventListener('submit', async (event) => {
    const button = event.submitter;
    if (!button || button.value === 'remove') return;
    event.preventDefault();
    const data = new FormData(form);
    data.set(button.name, button.value);
    const response = await fetch(form.action, { method: 'POST', body: data, headers: { 'X-Desk-Fetch': '1', 'X-CSRF-Token': token } });
    if (!response.ok) {
      form.submit();
      return;
    }
    const card = form.closest('article');
    card.classList.add('desk-item--ok');
    const badge = card.querySelector('.desk-badge');
    if (badge) {
      badge.textContent = 'Đã duyệt';
      badge.classList.remove('desk-badge--todo');
    }
  });
}
