/**
 * The figures a report prints ("13/19 tiêu chí", "28,150 tỷ đồng", "64,2%"), found and read by
 * the notice importer's figure reader (extract-figures.ts, src/domain/vi-number.ts), each with its
 * line and column in source.txt. They are listed in import-report.md and as review items, so a
 * person sees each one; those the reader gives an indicator are written to the draft's
 * figures.csv (a notice's format, docs/data-format.md), the others the editor adds if needed.
 */
import type { PrintedFigure } from '../../domain/vi-number.ts';
import type { ExtractContext } from '../context.ts';
import type { DraftFigure } from '../draft.ts';
import { extractFigures, findFigureCandidates, type FigureState } from '../extract-figures.ts';
import { positionOf, type Paragraph } from '../segment.ts';
import type { ReportFigure } from './draft.ts';

/** The canonical unit of a figure as read: `đồng` for money, `%`, the noun of a count. */
function unitOf(parsed: PrintedFigure | null): string | null {
  if (parsed === null) return null;
  if (parsed.kind === 'amount') return 'đồng';
  if (parsed.kind === 'percent') return '%';
  return parsed.unit;
}

/** Every figure of `paragraphs`, in the order of the text. */
export function reportFigures(source: string, paragraphs: readonly Paragraph[]): ReportFigure[] {
  return paragraphs
    .flatMap((p) =>
      findFigureCandidates(p.text).map((c): ReportFigure & { offset: number } => {
        const { line, column, offset } = positionOf(source, p, c.index);
        const parsed = c.parsed;
        return {
          printed: c.printed,
          words: parsed?.kind === 'fraction' && c.noun !== null ? `${c.printed} ${c.noun}` : c.printed,
          value: parsed?.value ?? null,
          unit: unitOf(parsed) ?? c.noun,
          denominator: parsed?.kind === 'fraction' ? parsed.total : null,
          line,
          column,
          offset,
        };
      }),
    )
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...f }) => f);
}

/**
 * The figures of `paragraphs` read by the notice importer's reader (indicator, unit, value, the
 * clause they stand in), about the unit `locality`: those it gives an indicator go to the draft's
 * figures.csv, for the editor to check like a notice's.
 */
export function readFigures(ctx: ExtractContext, paragraphs: readonly Paragraph[], locality: string | null): DraftFigure[] {
  const state: FigureState = { figures: [], usedIds: new Set<string>(), spans: new Map(), proposedIndicators: [] };
  for (const p of paragraphs) extractFigures(ctx, p, { section: '1', locality, ref: null }, state);
  return state.figures.filter((f) => f.indicator !== null && f.locality !== null);
}
