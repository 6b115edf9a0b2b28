/**
 * HTML for the desk's pages, escaped by construction: every value put into the `html` template
 * is text (its `& < > " '` written as entities) unless it is itself the result of `html`. A
 * notice's words, a draft's fields and an error message are always interpolated, never joined
 * as strings, so a notice containing `<script>` or `{…}` is shown as those characters.
 */

/** Markup made by {@link html}: the only thing put into a page without escaping. */
export class Markup {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with the characters HTML gives a meaning written as entities (in text and in attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<p>${text}</p>\`` escapes `text`; arrays and nested `html` join as they are. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Markup(out);
}
