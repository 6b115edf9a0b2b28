/**
 * The date of this build's data: content/data-date.txt, or SOURCE_DATE_EPOCH when set; never
 * the clock, so the same content builds byte-identical pages on any day (load/data-date.ts).
 */
import type { PartialDate } from '../domain/vi-date.ts';
import { dataDate } from '../load/data-date.ts';

export const buildDate: PartialDate = dataDate();
