/**
 * Directives that later notices repeat ("tiếp tục chỉ đạo…", "như đã kết luận tại Thông báo số
 * …"): each repeat is counted ("nhắc lại lần 2"), and an item repeated in two or more later
 * notices is flagged as stalled — the province had to ask again, twice.
 */
import type { DirectiveItem } from '../domain/model.ts';

/** How many later notices must repeat a directive for it to be flagged stalled. */
export const STALLED_FROM = 2;

/** Whether a directive repeats an earlier one or is repeated by a later one (what RepeatNote.astro shows). */
export const isRepeated = (item: { repeats: readonly unknown[]; repeatedBy: readonly unknown[] }): boolean => item.repeats.length > 0 || item.repeatedBy.length > 0;

export const isStalled = (item: { repeatedBy: readonly unknown[] }): boolean => item.repeatedBy.length >= STALLED_FROM;

/** Which repeat of `earlier` the directive `later` is: 1 for the first later notice that repeats it. */
export const repeatNumber = (earlier: DirectiveItem, later: DirectiveItem): number => earlier.repeatedBy.indexOf(later) + 1;
