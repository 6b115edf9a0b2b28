/**
 * A notice's narrative (the body of notice.mdx) is Markdown text, never code. The page shows
 * it with raw HTML off (site/narrative.ts), so nothing in it can run; this check tells the
 * editor at `npm run validate` when the text holds something that does not belong in a notice:
 * raw HTML or JSX, an MDX expression `{…}` or `import`/`export` line, an image (a request
 * to another site), or a link to anything but an http(s) address or a path of this site.
 * Ordinary text such as `<5%` is text and passes.
 */
import MarkdownIt from 'markdown-it';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

// html: true so that raw HTML shows up as its own tokens; every link is kept so it can be checked.
const parser = new MarkdownIt({ html: true, linkify: false });
parser.validateLink = () => true;

const HTML = 'văn bản Markdown không có HTML hay JSX (phần nội dung được hiển thị như văn bản: hãy gõ chữ, không gõ mã định dạng)';
const LINK = 'liên kết tới một địa chỉ http:// hoặc https://, hoặc tới một đường dẫn của chính trang này (/…)';

/** Every problem of the narrative of `notice`, with the line of notice.mdx it is on, in line order. */
export function checkNarrative(notice: NoticeFiles, issues: ContentIssue[]): void {
  const found: { line: number; text: string; expected: string }[] = [];
  const htmlLines = new Set<number>();
  for (const block of parser.parse(notice.narrative, {})) {
    const line = block.map?.[0] ?? 0;
    if (block.type === 'html_block') {
      found.push({ line, text: block.content.trim(), expected: HTML });
      for (let l = line; l < (block.map?.[1] ?? line + 1); l++) htmlLines.add(l);
    }
    // Inline tokens carry no line of their own: the line of their paragraph, plus the line
    // breaks before them.
    let offset = 0;
    for (const token of block.children ?? []) {
      const at = line + offset;
      if (token.type === 'softbreak' || token.type === 'hardbreak') offset += 1;
      if (token.type === 'html_inline') {
        found.push({ line: at, text: token.content, expected: HTML });
        htmlLines.add(at);
      }
      if (token.type === 'image') found.push({ line: at, text: String(token.attrGet('src') ?? ''), expected: 'không có hình ảnh: thông báo là văn bản, và trang không tải gì từ nơi khác' });
      if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        if (!/^https?:\/\/[^/]/i.test(href) && !/^\/(?!\/)/.test(href)) found.push({ line: at, text: href, expected: LINK });
      }
    }
  }
  notice.narrative.split('\n').forEach((text, line) => {
    const esm = /^(import|export)\s/.exec(text);
    if (esm) found.push({ line, text: text.trim(), expected: `văn bản Markdown: dòng "${esm[1]}" là mã MDX, phần nội dung không được chứa mã` });
    // Braces inside a tag were reported with the tag.
    if (htmlLines.has(line)) return;
    for (const m of text.matchAll(/(?<!\\)\{[^{}]*\}/g)) {
      found.push({ line, text: m[0], expected: 'văn bản Markdown không có biểu thức MDX (viết \\{ và \\} cho dấu ngoặc nhọn là chữ)' });
    }
  });
  for (const f of found.sort((a, b) => a.line - b.line)) {
    issues.push({ file: notice.file, where: `dòng ${notice.narrativeLine + f.line}`, field: null, found: f.text, expected: f.expected });
  }
}
