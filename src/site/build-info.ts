/** The date this build's data was published (today, or SOURCE_DATE_EPOCH for reproducible builds). */
import type { PartialDate } from '../domain/vi-date.ts';

const epoch = process.env['SOURCE_DATE_EPOCH'];
const now = epoch ? new Date(Number(epoch) * 1000) : new Date();

export const buildDate: PartialDate = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
