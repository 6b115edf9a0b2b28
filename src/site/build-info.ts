/**
 * What every page of this build says about itself, for the layouts: the date of the data and
 * the province the portal publishes.
 *
 * The data date is content/data-date.txt, or SOURCE_DATE_EPOCH when set; never the clock, so
 * the same content builds byte-identical pages on any day (load/data-date.ts).
 */
import type { PartialDate } from '../domain/vi-date.ts';
import { dataDate } from '../load/data-date.ts';
import { getSite } from './site.ts';
import { reformResolutions } from './eras.ts';

export const buildDate: PartialDate = dataDate();

/** The province's name as the register writes it (`Tỉnh Lạng Sơn`), from content/portal.yaml. */
export const provinceName: string = getSite().model.province.name;

/** The resolutions that made the province's current units (`1672/NQ-UBTVQH15`). */
export const resolutions: readonly string[] = reformResolutions(getSite().model);
