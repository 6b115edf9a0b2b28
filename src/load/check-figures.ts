/**
 * Checks of each figure row: it refers to a known locality and indicator, its printed text is
 * in the notice and reads as the stored value (a 1000× slip between `17,420 tỷ` and 17420
 * is caught here), counts do not exceed totals, and a rate agrees with amount / target.
 */
import { findVerbatim } from '../domain/verbatim.ts';
import { parseViAmount, parseViFraction, parseViPercent, parseViQuantity, ViParseError } from '../domain/vi-number.ts';
import type { IndicatorRow } from '../domain/schemas/indicator.ts';
import type { FigureRow } from '../domain/schemas/figure.ts';
import type { ContentIssue } from './errors.ts';
import type { RawNotice } from './read-content.ts';

interface Known {
  localities: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorRow>;
}

export function validateFigures(notice: RawNotice, known: Known): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = notice.figuresFile;
  const refIds = new Set([...notice.frontmatter.proposals.map((p) => p.id), ...notice.frontmatter.directives.map((d) => d.id)]);
  const seen = new Set<string>();
  for (const { line, data: f } of notice.figures) {
    const issue = (field: string, found: string, expected: string): void => {
      issues.push({ file, where: `line ${line}`, field, found, expected });
    };
    if (seen.has(f.id)) issue('id', f.id, 'an id used once in this file (duplicate)');
    seen.add(f.id);
    if (!known.localities.has(f.locality)) issue('locality', f.locality, 'a locality id listed in content/localities');
    if (f.ref !== null && !refIds.has(f.ref)) issue('ref', f.ref, 'blank or the id of a proposal or directive in notice.mdx');
    if (!f.excerpt.includes(f.printed)) issue('printed', f.printed, 'text that occurs within the excerpt of the same row');
    if (findVerbatim(notice.source, f.excerpt).length === 0) {
      issue('excerpt', f.excerpt, `text that occurs verbatim in ${notice.sourceFile} (white space aside)`);
    }
    const indicator = known.indicators.get(f.indicator);
    if (!indicator) {
      issue('indicator', f.indicator, 'an indicator id listed in content/indicators.csv');
      continue;
    }
    if (f.unit !== indicator.unit) issue('unit', f.unit, `"${indicator.unit}", the unit of indicator ${indicator.id}`);
    for (const problem of printedDisagreement(f, indicator)) issue(problem.field, problem.found, problem.expected);
  }
  issues.push(...ratioDisagreements(notice, known.indicators));
  return issues;
}

type Problem = { field: string; found: string; expected: string };

/** Reads `printed` the vi-VN way and compares it with the canonical columns. */
function printedDisagreement(f: FigureRow, indicator: IndicatorRow): Problem[] {
  const hasTotal = indicator.kind === 'count-of-total';
  if (hasTotal !== (f.denominator !== null)) {
    return [{ field: 'denominator', found: String(f.denominator ?? ''), expected: hasTotal ? `the total of this ${indicator.kind} figure` : `blank for a ${indicator.kind} figure` }];
  }
  try {
    switch (indicator.kind) {
      case 'amount':
        return same(parseViAmount(f.printed).value, f.value, f.printed, 'value');
      case 'percent':
        return same(parseViPercent(f.printed).value, f.value, f.printed, 'value');
      case 'quantity':
        return same(parseViQuantity(f.printed).value, f.value, f.printed, 'value');
      case 'count-of-total': {
        const { value, total } = parseViFraction(f.printed);
        const problems = [...same(value, f.value, f.printed, 'value'), ...same(total, f.denominator ?? NaN, f.printed, 'denominator')];
        if (f.denominator !== null && f.value > f.denominator) {
          problems.push({ field: 'value', found: String(f.value), expected: `a count not above its total ${f.denominator}` });
        }
        return problems;
      }
    }
  } catch (e) {
    if (e instanceof ViParseError) return [{ field: 'printed', found: f.printed, expected: `a printed ${indicator.kind} figure (${e.message})` }];
    throw e;
  }
}

function same(read: number, stored: number, printed: string, field: string): Problem[] {
  return read === stored ? [] : [{ field, found: String(stored), expected: `${read}, the value of the printed text "${printed}"` }];
}

/** A rate must equal amount / target when the notice gives both (within the printed precision). */
function ratioDisagreements(notice: RawNotice, indicators: ReadonlyMap<string, IndicatorRow>): ContentIssue[] {
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
      where: `line ${line}`,
      field: 'value',
      found: String(rate.value),
      expected: `${computed.toFixed(decimals + 2)} (±${0.5 * 10 ** -decimals}), the share ${amount.value} / ${amount.target} of figure ${amount.id}`,
    }];
  });
}
