/**
 * A notice's narrative (the body of notice.mdx) as HTML. The narrative is data from outside,
 * never code: it is read as CommonMark with raw HTML turned off, so a `<script>`, an
 * `<img onerror>` or a `{expression}` in it is shown as the text it is, and links with a
 * `javascript:` or `data:` address are not made (markdown-it's validateLink). A link to another
 * site (a legal document, say) opens without giving that site a hold on this page or the
 * address it came from: rel="external noopener noreferrer".
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
markdown.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  if (EXTERNAL.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'external noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

export function narrativeHtml(narrative: string): string {
  return markdown.render(narrative).trimEnd();
}
