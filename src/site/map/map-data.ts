/**
 * What the province map shades: for an indicator, the latest figure of each district-level unit
 * (figures about the district itself, not its communes), grouped into classes for the legend.
 */
import { latestPerIndicator } from '../figure-text.ts';
import type { Figure, Indicator, Locality, Model } from '../../domain/model.ts';
import type { MapGeometry, MapPath } from './map-svg.ts';

/** Indicators a map can show: rates and amounts reported for at least one district. */
export function mappableIndicators(model: Model): Indicator[] {
  // No boundaries (content/portal.yaml boundaries: null): nothing can be drawn.
  if (model.districtShapes.length === 0) return [];
  return model.indicators.filter((i) => (i.kind === 'percent' || i.kind === 'amount') && districtFigures(model, i).size > 0);
}

/** The latest figure of `indicator` per district code (proposal amounts and subject counts left out). */
export function districtFigures(model: Model, indicator: Indicator): Map<string, Figure> {
  const byDistrict = new Map<string, Figure>();
  for (const l of model.localities) {
    if (l.level !== 'huyen' || l.status !== 'active' || !l.code) continue;
    const mine = model.figures.filter((f) => f.locality === l && f.indicator.id === indicator.id && f.ref === null && f.subject === null);
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

/** Width of the province map in SVG units. */
export const MAP_WIDTH = 600;

/** What the map of one indicator shows: each district's shape, unit, figure and class colour. */
export interface IndicatorMap {
  indicator: Indicator;
  geometry: MapGeometry;
  classes: MapClass[];
  /** One per shape, in the order of the boundaries file. */
  areas: { path: MapPath; locality: Locality | null; figure: Figure | null; colour: string | null }[];
  /** Every active district-level unit, in register order, with its figure if it has one. */
  rows: { locality: Locality; figure: Figure | null }[];
}

export function indicatorMap(model: Model, indicator: Indicator, geometry: MapGeometry): IndicatorMap {
  const figures = districtFigures(model, indicator);
  const classes = mapClasses([...figures.values()].map((f) => f.value));
  const districts = model.localities.filter((l) => l.level === 'huyen' && l.status === 'active');
  const figureOf = (code: string | null): Figure | null => (code === null ? null : figures.get(code) ?? null);
  return {
    indicator,
    geometry,
    classes,
    areas: geometry.paths.map((path) => {
      const figure = figureOf(path.code);
      return { path, locality: model.localityById.get(path.code) ?? null, figure, colour: figure ? classOf(classes, figure.value)?.colour ?? null : null };
    }),
    rows: districts.map((locality) => ({ locality, figure: figureOf(locality.code) })),
  };
}
