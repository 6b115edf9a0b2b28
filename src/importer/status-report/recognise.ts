/**
 * Tells a status report from a notice before anything is extracted: the name of the kind of
 * document printed above the title (`BÁO CÁO` against `THÔNG BÁO`, `THÔNG BÁO KẾT LUẬN`), else the
 * symbol of its number (`Số: 112/BC-UBND` against `Số: /TB-UBND`). A text that says neither is
 * read as a notice, as the importer always did.
 */

/** The two kinds of document the importer reads. */
export type DocumentKind = 'notice' | 'report';

/** The line naming the kind of document: `BÁO CÁO`, or `BÁO CÁO KẾT QUẢ …` with its title in capitals. */
export const REPORT_TYPE_RE = /^BÁO CÁO(?: (\p{Lu}[^\p{Ll}]*))?$/u;
const NOTICE_TYPE_RE = /^THÔNG BÁO(?: KẾT LUẬN)?$/u;

/** Which kind of document `text` (normalized, see read-input.ts) is. */
export function documentKind(text: string): DocumentKind {
  const lines = text.split('\n').map((l) => l.trim().replace(/\s+/gu, ' '));
  for (const line of lines) {
    if (REPORT_TYPE_RE.test(line)) return 'report';
    if (NOTICE_TYPE_RE.test(line)) return 'notice';
  }
  const symbol = lines.map((l) => /^Số\s*:\s*\S*\/(BC|TB)-/u.exec(l)?.[1]).find((s) => s !== undefined);
  return symbol === 'BC' ? 'report' : 'notice';
}
