/**
 * The portal's web fonts: Noto Sans (pages) and Noto Serif (original text, print, briefings), from
 * the @fontsource packages in node_modules. Nothing is downloaded at build time and readers'
 * browsers ask only this site. The layouts import `virtual:tp/fonts.css`, which this file writes
 * at build time: the faces, their fallbacks and the variables --tp-font-sans and --tp-font-serif.
 * Vite copies the font files to /_astro/ and the stylesheet is bundled with the site's CSS.
 *
 * Subsets. A face per subset (latin, vietnamese, latin-ext) with a unicode-range, so the browser
 * fetches a file only when the page has one of its characters. Fontsource's ranges overlap:
 * latin-ext holds ă đ ĩ ũ ơ ư too, and Chromium fetches every face whose range holds a character of
 * the page, so every Vietnamese page fetched the 56 KB latin-ext file for letters the 5 KB
 * vietnamese file has. Here a subset's range leaves out the subsets listed before it.
 *
 * Fallbacks. Until a face arrives the text is set in a local font resized to Noto's metrics (CSS
 * size-adjust, ascent-override, descent-override, line-gap-override), so the swap moves nothing.
 * Each face is measured on its own file (weight and style) and lists the local fonts that share
 * the metrics: Arial, Liberation Sans and Arimo (Liberation Sans 2 is Arimo, drawn to Arial's
 * metrics); Times New Roman, Liberation Serif and Tinos likewise; Roboto for Android.
 *
 * Why not Astro's Fonts API (`fonts` in the config, `<Font />`): tried, and it works offline with
 * a provider reading these files, but `<Font />` writes its faces as a <style> where it stands in
 * <head>, before the Content-Security-Policy <meta> Astro puts at the end of <head>, so the policy
 * would not govern it; and its generated fallbacks measure every weight on the first file (bold
 * fell back about 6 % too narrow) and use only `local("Arial")`, which Linux systems lack.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
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

/** The package path of a font file, which Vite resolves and copies to /_astro/. */
export const fontFileSpecifier = (family: string, subset: string, weight: number, style: Style): string =>
  `@fontsource/${slugOf(family)}/files/${slugOf(family)}-${subset}-${weight}-${style}.woff2`;

/** The web fonts' @font-face rules: one per subset, weight and style. */
export function webFontFaces(): string {
  let css = '';
  for (const font of WEB_FONTS) {
    const ranges = subsetRanges(font.name);
    for (const subset of SUBSETS) {
      for (const weight of font.weights) {
        for (const style of font.styles) {
          const rules = {
            'font-family': JSON.stringify(font.name),
            src: `url(${JSON.stringify(fontFileSpecifier(font.name, subset, weight, style))}) format("woff2")`,
            'font-weight': String(weight),
            'font-style': style,
            'font-display': 'swap',
            'unicode-range': ranges.get(subset)!.join(','),
          };
          css += `@font-face { ${Object.entries(rules).map(([k, v]) => `${k}: ${v};`).join(' ')} }\n`;
        }
      }
    }
  }
  return css;
}

/** --tp-font-sans and --tp-font-serif: the web font, its resized fallbacks, the generic family. */
export function fontVariables(): string {
  const stack = (font: WebFont): string => [font.name, ...font.locals.map((local) => fallbackName(font, local))].map((n) => JSON.stringify(n)).concat(font.generic).join(', ');
  return `:root { ${WEB_FONTS.map((font) => `${font.cssVariable}: ${stack(font)};`).join(' ')} }\n`;
}

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

const VIRTUAL = 'virtual:tp/fonts.css';
const RESOLVED = '/@tp/fonts.css';
/** The whole stylesheet: web font faces, fallback faces, variables. */
export const fontsCss = async (): Promise<string> => webFontFaces() + (await fallbackFontFaces()) + fontVariables();
/**
 * Serves the fonts' stylesheet to the layouts (`import 'virtual:tp/fonts.css'`), bundled with the
 * site's CSS; its font files' addresses resolve in node_modules.
 */
export function webFonts(): AstroIntegration {
  return {
    name: 'tp-fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tp-fonts',
                // Resolved to an id of its own, query kept: `virtual:tp/fonts.css?url` (the feed page's
                // stylesheet, pages/rss.xsl.ts) asks Vite for the bundled file's address, and Vite then
                // imports the same id again with a query of its own.
                resolveId: (id: string) => (id.split('?')[0] === VIRTUAL ? `${RESOLVED}${id.slice(VIRTUAL.length)}` : id.split('?')[0] === RESOLVED ? id : undefined),
                load: async (id: string) => (id.split('?')[0] === RESOLVED ? await fontsCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
