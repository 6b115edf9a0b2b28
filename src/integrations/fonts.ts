/**
 * The portal's web fonts: Noto Sans (pages) and Noto Serif (original text, print, briefings), from
 * the @fontsource packages in node_modules. Nothing is downloaded at build time and readers'
 * browsers ask only this site. Astro's Fonts API (`fonts` in astro.config.mjs, `<Font />` in the
 * layouts) copies the files to /_astro/fonts/, writes their @font-face rules into each page (their
 * hashes go into the Content-Security-Policy) and the preload links.
 *
 * Subsets. A face per subset (latin, vietnamese, latin-ext) with a unicode-range, so the browser
 * fetches a file only when the page has one of its characters. Fontsource's ranges overlap:
 * latin-ext holds ă đ ĩ ũ ơ ư too, and Chromium fetches every face whose range holds a character of
 * the page, so every Vietnamese page fetched the 56 KB latin-ext file for letters the 5 KB
 * vietnamese file has. Here a subset's range leaves out the subsets listed before it.
 *
 * Fallbacks. Until a face arrives the text is set in a local font resized to Noto's metrics (CSS
 * size-adjust, ascent-override, descent-override, line-gap-override), so the swap moves nothing.
 * Astro's own fallbacks (optimizedFallbacks) are off: they measure every weight on the first file
 * (bold fell back about 6 % too narrow) and use only `local("Arial")`, which Linux systems do not
 * have. The faces here are measured per weight and style, and each lists the fonts that share the
 * metrics: Arial, Liberation Sans and Arimo (Liberation Sans 2 is Arimo, drawn to Arial's metrics);
 * Times New Roman, Liberation Serif and Tinos likewise; Roboto for Android.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration, FontProvider } from 'astro';
import { fromFile } from '@capsizecss/unpack/fs';
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import roboto from '@capsizecss/metrics/roboto';
import robotoBold from '@capsizecss/metrics/roboto/700';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';
import timesNewRomanBoldItalic from '@capsizecss/metrics/timesNewRoman/700italic';

const require = createRequire(import.meta.url);

/** The subsets Vietnamese text needs, in the order their ranges are cut (see above). */
export const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
type Style = 'normal' | 'italic';

/** The package of a family: "Noto Sans" → @fontsource/noto-sans. */
const slugOf = (family: string): string => family.toLowerCase().replace(/\s+/g, '-');
const packageDir = (family: string): string => dirname(require.resolve(`@fontsource/${slugOf(family)}/package.json`));
const fontFile = (family: string, subset: string, weight: number | string, style: Style): string =>
  join(packageDir(family), 'files', `${slugOf(family)}-${subset}-${weight}-${style}.woff2`);

type Range = [number, number];
const parseRanges = (text: string): Range[] =>
  text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)];
  });
/** `ranges` less every code point of `cut`. */
function subtract(ranges: Range[], cut: Range[]): Range[] {
  let out = ranges;
  for (const [a, b] of cut) {
    out = out.flatMap(([from, to]): Range[] => {
      if (b < from || a > to) return [[from, to]];
      return [...(from < a ? [[from, a - 1] as Range] : []), ...(b < to ? [[b + 1, to] as Range] : [])];
    });
  }
  return out;
}
const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const formatRanges = (ranges: Range[]): string[] => ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`));

/**
 * Each subset's unicode-range, from the package's unicode.json (Google Fonts' ranges), less
 * the code points of the subsets before it: the ranges do not overlap.
 */
export function subsetRanges(family: string, subsets: readonly string[] = SUBSETS): Map<string, string[]> {
  const table = JSON.parse(readFileSync(join(packageDir(family), 'unicode.json'), 'utf8')) as Record<string, string>;
  const out = new Map<string, string[]>();
  let taken: Range[] = [];
  for (const subset of subsets) {
    const own = table[subset];
    if (!own) throw new Error(`@fontsource/${slugOf(family)} has no subset "${subset}"`);
    out.set(subset, formatRanges(subtract(parseRanges(own), taken)));
    taken = [...taken, ...parseRanges(own)];
  }
  return out;
}

/**
 * A font provider (Astro's provider API) for the @fontsource files installed in node_modules:
 * one face per subset, weight and style asked for, with the subset named (so `<Font preload>`
 * can pick subsets) and the ranges of subsetRanges().
 */
export function fontsourceFiles(): FontProvider {
  return {
    name: 'fontsource-files',
    resolveFont({ familyName, weights, styles, subsets }) {
      const ranges = subsetRanges(familyName, subsets);
      return {
        fonts: subsets.flatMap((subset) =>
          weights.flatMap((weight) =>
            styles.map((style) => ({
              src: [{ url: fontFile(familyName, subset, weight, style as Style), format: 'woff2' }],
              weight,
              style,
              unicodeRange: ranges.get(subset)!,
              meta: { subset },
            })),
          ),
        ),
      };
    },
  };
}

interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
  fullName?: string;
  postscriptName?: string;
}
/** A local font family that stands in for a web font, by weight and style (400, 700, 400i, 700i). */
interface LocalFallback {
  label: string;
  faces: { weight: 400 | 700; style: Style; metrics: Metrics; names: string[] }[];
}
/** The names a local font is known by (full name, PostScript name), for `local()`. */
const namesOf = (m: Metrics, ...more: string[]): string[] => [m.fullName!, m.postscriptName!, ...more];

// Metrics of the local fonts: @capsizecss/metrics (read from the fonts by Capsize). Arimo and
// Tinos have exactly Arial's and Times New Roman's there; tests/unit/fonts.test.ts checks the
// installed Liberation fonts against them.
const ARIAL_LIKE: LocalFallback = {
  label: 'Arial',
  faces: [
    { weight: 400, style: 'normal', metrics: arial, names: namesOf(arial, 'Liberation Sans', 'LiberationSans', 'Arimo Regular', 'Arimo-Regular') },
    { weight: 700, style: 'normal', metrics: arialBold, names: namesOf(arialBold, 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold') },
  ],
};
const ROBOTO: LocalFallback = {
  label: 'Roboto',
  faces: [
    { weight: 400, style: 'normal', metrics: roboto, names: namesOf(roboto, 'Roboto') },
    { weight: 700, style: 'normal', metrics: robotoBold, names: namesOf(robotoBold) },
  ],
};
const TIMES_LIKE: LocalFallback = {
  label: 'Times New Roman',
  faces: [
    { weight: 400, style: 'normal', metrics: timesNewRoman, names: namesOf(timesNewRoman, 'Liberation Serif', 'LiberationSerif', 'Tinos Regular', 'Tinos-Regular') },
    { weight: 700, style: 'normal', metrics: timesNewRomanBold, names: namesOf(timesNewRomanBold, 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold') },
    { weight: 400, style: 'italic', metrics: timesNewRomanItalic, names: namesOf(timesNewRomanItalic, 'Liberation Serif Italic', 'LiberationSerif-Italic', 'Tinos Italic', 'Tinos-Italic') },
    { weight: 700, style: 'italic', metrics: timesNewRomanBoldItalic, names: namesOf(timesNewRomanBoldItalic, 'Liberation Serif Bold Italic', 'LiberationSerif-BoldItalic', 'Tinos Bold Italic', 'Tinos-BoldItalic') },
  ],
};

interface WebFont {
  name: 'Noto Sans' | 'Noto Serif';
  cssVariable: '--tp-font-sans' | '--tp-font-serif';
  weights: [400, 700];
  styles: [Style, ...Style[]];
  locals: LocalFallback[];
  generic: 'sans-serif' | 'serif';
}
const WEB_FONTS: WebFont[] = [
  { name: 'Noto Sans', cssVariable: '--tp-font-sans', weights: [400, 700], styles: ['normal'], locals: [ARIAL_LIKE, ROBOTO], generic: 'sans-serif' },
  // Italic for the briefings' notes; a face is fetched only where it is used.
  { name: 'Noto Serif', cssVariable: '--tp-font-serif', weights: [400, 700], styles: ['normal', 'italic'], locals: [TIMES_LIKE], generic: 'serif' },
];
const fallbackName = (font: WebFont, local: LocalFallback): string => `${font.name} fallback ${local.label}`;

/** The families for `fonts` in astro.config.mjs. */
export const fontFamilies = WEB_FONTS.map((font) => ({
  provider: fontsourceFiles(),
  name: font.name,
  cssVariable: font.cssVariable,
  weights: font.weights,
  styles: font.styles,
  subsets: [...SUBSETS] as [string, ...string[]],
  display: 'swap' as const,
  fallbacks: [...font.locals.map((local) => fallbackName(font, local)), font.generic],
  optimizedFallbacks: false,
}));

const percent = (n: number): string => `${Number.parseFloat((n * 100).toFixed(4))}%`;

/**
 * The overrides that make `local` take the room `web` takes: widths scaled by the ratio of
 * their average character widths, then the web font's ascent, descent and line gap in the
 * scaled em (Capsize's createFontStack does the same).
 */
export function overrides(web: Metrics, local: Metrics): Record<string, string> {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = web.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(web.ascent / em),
    'descent-override': percent(Math.abs(web.descent) / em),
    'line-gap-override': percent(web.lineGap / em),
  };
}

/** The @font-face rules of every fallback, measured on the latin file of each weight and style. */
export async function fallbackFontFaces(): Promise<string> {
  let css = '';
  for (const font of WEB_FONTS) {
    for (const local of font.locals) {
      for (const face of local.faces) {
        if (!font.styles.includes(face.style)) continue;
        const web = await fromFile(fontFile(font.name, 'latin', face.weight, face.style));
        const rules = {
          'font-family': JSON.stringify(fallbackName(font, local)),
          src: face.names.map((name) => `local(${JSON.stringify(name)})`).join(', '),
          'font-weight': String(face.weight),
          'font-style': face.style,
          ...overrides(web, face.metrics),
        };
        css += `@font-face { ${Object.entries(rules).map(([k, v]) => `${k}: ${v};`).join(' ')} }\n`;
      }
    }
  }
  return css;
}

const VIRTUAL = 'virtual:tp/fallback-fonts.css';
/**
 * Serves the fallback faces as a stylesheet the layouts import (`virtual:tp/fallback-fonts.css`),
 * bundled with the site's CSS.
 */
export function fallbackFonts(): AstroIntegration {
  return {
    name: 'tp-fallback-fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tp-fallback-fonts',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: async (id: string) => (id === `\0${VIRTUAL}` ? await fallbackFontFaces() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
