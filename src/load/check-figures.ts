/**
 * Checks of each figure row: it refers to a known locality and indicator, its printed text is
 * in the notice and reads as the stored value (a 1000× slip between `17,420 tỷ` and 17420
 * is caught here), counts do not exceed totals, and a rate agrees with amount / target.
 * Returns each figure as checked: its locality and indicator, the qualifier its printed text
 * carries and the line its excerpt starts on.
 */
import type { Figure, Indicator } from '../domain/model.ts';
import { findVerbatim, lineOfOffset } from '../domain/verbatim.ts';
import { parseViAmount, parseViFraction, parseViPercent, parseViQuantity, ViParseError, type Qualifier } from '../domain/vi-number.ts';
import { parseIsoPartialDate } from '../domain/vi-date.ts';
import type { FigureRow } from '../domain/schemas/figure.ts';
import type { Register } from './check-register.ts';
import type { ContentIssue } from './errors.ts';
import type { NoticeFiles } from './read-content.ts';

/** A figure as checked, before it is attached to its notice. */
export type CheckedFigure = Omit<Figure, 'notice'>;

/** Checks figures.csv; a reference to notice.mdx or a quote from source.txt is checked only when that file was read. */
export function checkFigures(notice: NoticeFiles, register: Register, issues: ContentIssue[]): CheckedFigure[] {
  const file = notice.figuresFile;
  const checked: CheckedFigure[] = [];
  const fm = notice.frontmatter;
  const refIds = fm ? new Set([...fm.proposals.map((p) => p.id), ...fm.directives.map((d) => d.id)]) : null;
  const seen = new Set<string>();
  for (const { line, data: f } of notice.figures) {
    const issue = (field: string, found: string, expected: string): void => {
      issues.push({ file, where: `dòng ${line}`, field, found, expected });
    };
    if (seen.has(f.id)) issue('id', f.id, 'mã chỉ dùng một lần trong tệp này (mã bị trùng)');
    seen.add(f.id);
    const locality = register.localityAt(f.locality, f.as_of); // the unit of the figure's date (check-eras.ts)
    if (!locality) issue('locality', f.locality, 'mã của một đơn vị hành chính có trong content/localities');
    if (f.ref !== null && refIds && !refIds.has(f.ref)) issue('ref', f.ref, 'để trống, hoặc mã của một kiến nghị hay nhiệm vụ trong notice.mdx');
    if (!f.excerpt.includes(f.printed)) issue('printed', f.printed, 'chữ có trong câu trích (excerpt) của cùng dòng');
    const source = notice.source;
    const [offset] = source === null ? [] : findVerbatim(source, f.excerpt);
    if (source !== null && offset === undefined) {
      issue('excerpt', f.excerpt, `đoạn văn có nguyên văn trong ${notice.sourceFile} (không kể khoảng trắng)`);
    }
    const indicator = register.indicatorById.get(f.indicator);
    if (!indicator) {
      issue('indicator', f.indicator, 'mã của một chỉ tiêu có trong content/indicators.csv');
      continue;
    }
    if (f.unit !== indicator.unit) issue('unit', f.unit, `"${indicator.unit}", đơn vị tính của chỉ tiêu ${indicator.id}`);
    const read = readPrinted(f, indicator);
    for (const problem of read.problems) issue(problem.field, problem.found, problem.expected);
    if (locality && source !== null && offset !== undefined && read.problems.length === 0) {
      checked.push({
        key: `${notice.id}/${f.id}`,
        id: f.id,
        locality,
        indicator,
        asOf: f.as_of ? parseIsoPartialDate(f.as_of) : null,
        value: f.value,
        denominator: f.denominator,
        target: f.target,
        qualifier: read.qualifier,
        printed: f.printed,
        excerpt: f.excerpt,
        section: f.section,
        subject: f.subject,
        ref: f.ref,
        sourceLine: lineOfOffset(source, offset),
        csvLine: line,
      });
    }
  }
  issues.push(...ratioDisagreements(notice, register.indicatorById));
  return checked;
}

type Problem = { field: string; found: string; expected: string };

/**
 * Reads `printed` the vi-VN way and compares it with the canonical columns; what it read
 * (the qualifier: "khoảng", "gần"…) is kept for the model.
 */
function readPrinted(f: FigureRow, indicator: Indicator): { problems: Problem[]; qualifier: Qualifier | null } {
  const hasTotal = indicator.kind === 'count-of-total';
  if (hasTotal !== (f.denominator !== null)) {
    return { problems: [{ field: 'denominator', found: String(f.denominator ?? ''), expected: hasTotal ? `tổng số của số liệu loại ${indicator.kind} này` : `để trống với số liệu loại ${indicator.kind}` }], qualifier: null };
  }
  const compare = (read: { value: number; qualifier: Qualifier | null }) => ({ problems: same(read.value, f.value, f.printed, 'value'), qualifier: read.qualifier });
  try {
    switch (indicator.kind) {
      case 'amount':
        return compare(parseViAmount(f.printed));
      case 'percent':
        return compare(parseViPercent(f.printed));
      case 'quantity':
        return compare(parseViQuantity(f.printed));
      case 'count-of-total': {
        const { value, total } = parseViFraction(f.printed);
        const problems = [...same(value, f.value, f.printed, 'value'), ...same(total, f.denominator ?? NaN, f.printed, 'denominator')];
        if (f.denominator !== null && f.value > f.denominator) {
          problems.push({ field: 'value', found: String(f.value), expected: `số đếm không lớn hơn tổng số ${f.denominator}` });
        }
        return { problems, qualifier: null };
      }
    }
  } catch (e) {
    if (e instanceof ViParseError) return { problems: [{ field: 'printed', found: f.printed, expected: `số liệu loại ${indicator.kind} viết đúng cách (${e.message})` }], qualifier: null };
    throw e;
  }
}

function same(read: number, stored: number, printed: string, field: string): Problem[] {
  return read === stored ? [] : [{ field, found: String(stored), expected: `${read}, giá trị đọc từ số như in "${printed}"` }];
}

/** A rate must equal amount / target when the notice gives both (within the printed precision). */
function ratioDisagreements(notice: NoticeFiles, indicators: ReadonlyMap<string, Indicator>): ContentIssue[] {
  return notice.figures.flatMap(({ line, data: rate }) => {
    const base = indicators.get(rate.indicator)?.ratio_of;
    if (!base) return [];
    const amount = notice.figures.find(
      ({ data: a }) => a.indicator === base && a.locality === rate.locality && a.as_of === rate.as_of && a.target !== null,
    )?.data;
    if (!amount?.target) return [];
    const computed = (amount.value / amount.target) * 100;
    const decimals = /,(\d+)/.exec(rate.printed)?.[1]?.length ?? 0;
    if (Math.abs(computed - rate.value) <= 0.5 * 10 ** -decimals + 1e-9) return [];
    return [{
      file: notice.figuresFile,
      where: `dòng ${line}`,
      field: 'value',
      found: String(rate.value),
      expected: `${computed.toFixed(decimals + 2)} (±${0.5 * 10 ** -decimals}), tỷ lệ ${amount.value} / ${amount.target} của số liệu ${amount.id}`,
    }];
  });
}
