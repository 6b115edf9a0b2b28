/**
 * A notice's narrative (the body of notice.mdx) as HTML. The narrative is data from outside,
 * never code: it is read as CommonMark with raw HTML turned off, so a `<script>`, an
 * `<img onerror>` or a `{expression}` in it is shown as the text it is, and links with a
 * `javascript:` or `data:` address are not made (markdown-it's validateLink).
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function narrativeHtml(narrative: string): string {
  return markdown.render(narrative).trimEnd();
}
