/**
 * What the province map shades: for an indicator, the latest figure of each district-level unit
 * (figures about the district itself, not its communes), grouped into classes for the legend.
 */
import { latestPerIndicator } from '../figure-text.ts';
import type { Figure, Indicator, Model } from '../../domain/model.ts';

/** Indicators a map can show: rates and amounts reported for at least one district. */
export function mappableIndicators(model: Model): Indicator[] {
  return model.indicators.filter((i) => (i.kind === 'percent' || i.kind === 'amount') && districtFigures(model, i).size > 0);
}

/** The latest figure of `indicator` per district code (proposal amounts and subject counts left out). */
export function districtFigures(model: Model, indicator: Indicator): Map<string, Figure> {
  const byDistrict = new Map<string, Figure>();
  for (const l of model.localities) {
    if (l.level !== 'huyen' || l.status !== 'active' || !l.code) continue;
    const mine = model.figures.filter((f) => f.localityId === l.id && f.indicator.id === indicator.id && f.ref === null && f.subject === null);
    const latest = latestPerIndicator(mine)[0];
    if (latest) byDistrict.set(l.code, latest);
  }
  return byDistrict;
}

export interface MapClass {
  /** Inclusive lower and upper bound of the class, in the indicator's unit. */
  min: number;
  max: number;
  colour: string;
}

/** Sequential blues (ColorBrewer "Blues", readable in grey and by colour-blind readers). */
const PALETTE = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/**
 * Up to four equal-width classes between the smallest and largest value; fewer when there are
 * fewer distinct values (one value → one class). Darker means a larger value.
 */
export function mapClasses(values: readonly number[]): MapClass[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const n = Math.min(PALETTE.length, new Set(values).size);
  if (n === 1) return [{ min, max, colour: PALETTE[PALETTE.length - 1]! }];
  const step = (max - min) / n;
  return Array.from({ length: n }, (_, k) => ({
    min: min + k * step,
    max: k === n - 1 ? max : min + (k + 1) * step,
    colour: PALETTE[Math.round((k * (PALETTE.length - 1)) / (n - 1))]!,
  }));
}

/** The class a value falls in (the last class includes its upper bound). */
export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  return classes.find((c, k) => value >= c.min && (value < c.max || (k === classes.length - 1 && value <= c.max)));
}
