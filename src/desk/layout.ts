/** The frame of every desk page: Vietnamese, the desk's own stylesheet and script, no inline code. */
import { html, type Markup } from './html.ts';

export interface PageContext {
  /** The session's token, put into every form (security.ts). */
  token: string;
}

/** A hidden field carrying the session's token; every form that changes something has one. */
export const tokenField = (ctx: PageContext): Markup => html`<input type="hidden" name="csrf" value="${ctx.token}">`;

/** A whole page. */
export function page(ctx: PageContext, title: string, body: Markup, options: { wide?: boolean } = {}): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.token}">
<title>${title} — Bàn biên tập</title>
<link rel="stylesheet" href="/tai-nguyen/desk.css">
<script type="module" src="/tai-nguyen/desk.js"></script>
</head>
<body class="${options.wide ? 'desk desk--wide' : 'desk'}">
<header class="desk-header"><a href="/" class="desk-header__home">Bàn biên tập</a> <span>Cổng công khai kết luận kiểm tra — làm việc trên máy này, không gửi gì ra ngoài</span></header>
<main id="noi-dung">
${body}
</main>
</body>
</html>
`.text;
}
