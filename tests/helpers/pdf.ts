/**
 * Reads PDFs for the tests with Mozilla's PDF.js (`pdfjs-dist`, an npm package), so no test
 * needs poppler or any other tool outside node_modules/. Text, page count and size, fonts and
 * the box of every word, in PostScript points (1/72 in) with the origin at the top left of the
 * page, as poppler's `pdfinfo` and `pdftotext -bbox-layout` give them; pages are rendered to
 * PNG through @napi-rs/canvas (which PDF.js uses in Node) for people to look at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

/** Opens a PDF, runs `read` on it, and always closes it. */
async function withPdf<T>(file: string, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // fontExtraProperties: the fonts' names (BaseFont) come across from PDF.js's worker too.
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, fontExtraProperties: true });
  const doc = await task.promise;
  try {
    return await read(doc);
  } finally {
    await task.destroy();
  }
}

async function eachPage<T>(doc: PDFDocumentProxy, first: number, last: number, read: (page: PDFPageProxy) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let n = Math.max(1, first); n <= Math.min(last, doc.numPages); n++) {
    const page = await doc.getPage(n);
    out.push(await read(page));
    page.cleanup();
  }
  return out;
}

const isText = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

/**
 * The text runs of a page in the order the page draws them. Chromium draws an SVG label with
 * a halo twice (stroke, then fill) at the same place: like poppler, the second copy is dropped.
 */
async function textItems(page: PDFPageProxy): Promise<{ items: TextItem[]; styles: Record<string, { ascent?: number | null; descent?: number | null }> }> {
  const content = await page.getTextContent();
  const styles = content.styles as Record<string, { ascent?: number | null; descent?: number | null }>;
  const real = (item: TextItem): boolean => Number.isFinite(styles[item.fontName]?.ascent);
  const kept = new Map<string, number>();
  const items: TextItem[] = [];
  for (const item of content.items.filter(isText)) {
    const key = `${item.str}@${item.transform.map((n) => n.toFixed(1)).join(',')}`;
    const at = item.str.trim() === '' ? undefined : kept.get(key);
    if (at === undefined) {
      kept.set(key, items.length);
      items.push(item);
    } else if (!real(items[at]!) && real(item)) {
      // Keep the copy in a real font (the halo is drawn in a Type 3 font of outlines).
      items[at] = item;
    }
  }
  return { items, styles };
}

/**
 * The text of one page: runs as drawn, a line break where PDF.js sees one (a line ending in a
 * hyphen after a letter or digit, `NQ-` + `UBTVQH15`, continues without a break).
 */
async function pageText(page: PDFPageProxy): Promise<string> {
  const { items } = await textItems(page);
  let text = '';
  for (const item of items) {
    text += item.str;
    if (item.hasEOL && !/[\p{L}\p{N}]-$/u.test(text)) text += '\n';
  }
  return text;
}

/**
 * The text of one page as laid out (`pdftotext -layout`): lines from the top of the page down,
 * each the runs whose baselines meet, left to right, whatever column they belong to.
 */
async function pageLayoutText(page: PDFPageProxy): Promise<string> {
  const viewport = page.getViewport({ scale: 1 });
  const runs = (await textItems(page)).items
    .filter((item) => item.str.trim() !== '')
    .map((item) => {
      const [, , c, d, x, baseline] = Util.transform(viewport.transform, item.transform) as number[];
      return { str: item.str, x: x!, end: x! + item.width, baseline: baseline!, size: Math.hypot(c!, d!) };
    })
    .sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: (typeof runs)[] = [];
  for (const run of runs) {
    const line = lines.at(-1);
    if (line !== undefined && Math.abs(run.baseline - line[0]!.baseline) <= 0.4 * Math.min(run.size, line[0]!.size)) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      let text = '';
      let end = -Infinity;
      for (const run of line.sort((a, b) => a.x - b.x)) {
        text += (text !== '' && run.x - end > 0.1 * run.size ? ' ' : '') + run.str;
        end = run.end;
      }
      return text;
    })
    .join('\n');
}

export interface PageRange {
  /** First page, from 1; default 1. */
  firstPage?: number;
  /** Last page; default the last. */
  lastPage?: number;
}

/**
 * Text of a PDF, each page followed by a form feed `\f` (as `pdftotext` writes it): in the
 * order the page draws it, or with `layout` line by line across the page (`pdftotext -layout`).
 */
export async function pdfText(file: string, options: PageRange & { layout?: boolean } = {}): Promise<string> {
  return withPdf(file, async (doc) => {
    const pages = await eachPage(doc, options.firstPage ?? 1, options.lastPage ?? doc.numPages, options.layout ? pageLayoutText : pageText);
    return pages.map((p) => `${p}\n\f`).join('');
  });
}

export interface PdfPages {
  count: number;
  /** Each page's size in points (A4: 595.28 × 841.89), as displayed (rotation applied). */
  sizes: { width: number; height: number }[];
}

export async function pdfPages(file: string): Promise<PdfPages> {
  return withPdf(file, async (doc) => {
    const sizes = await eachPage(doc, 1, doc.numPages, async (page) => {
      const { width, height } = page.getViewport({ scale: 1 });
      return { width, height };
    });
    return { count: doc.numPages, sizes };
  });
}

export interface PdfFont {
  /** BaseFont as written in the PDF (`AAAAAA+NotoSerif-Regular`: a subset); Type 3 fonts have none of their own. */
  name: string;
  type3: boolean;
  /** The font program is in the PDF (a Type 3 font's glyphs always are). */
  embedded: boolean;
}

/** Every font the pages draw with, once per font object (as `pdffonts` lists them). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  return withPdf(file, async (doc) => {
    const fonts = new Map<string, PdfFont>();
    await eachPage(doc, 1, doc.numPages, async (page) => {
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const id = String((ops.argsArray[i] as unknown[])[0]);
        if (fonts.has(id)) return;
        const font = page.commonObjs.get(id) as { name?: string; isType3Font: boolean; missingFile: boolean };
        fonts.set(id, { name: font.isType3Font ? '' : (font.name ?? ''), type3: font.isType3Font, embedded: !font.missingFile });
      });
    });
    return [...fonts.values()];
  });
}

export interface PdfWord {
  page: number;
  text: string;
  /** The box, points from the top left of the page; y spans the font's ascent and descent. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * Every word of a PDF with its box (what `pdftotext -bbox-layout` gives): runs that touch on
 * one line are joined, words are split at white space.
 */
export async function pdfWords(file: string): Promise<PdfWord[]> {
  return withPdf(file, async (doc) => {
    const pages = await eachPage(doc, 1, doc.numPages, async (page) => {
      const viewport = page.getViewport({ scale: 1 });
      const { items, styles } = await textItems(page);
      const words: PdfWord[] = [];
      let word: PdfWord | null = null;
      const end = (): void => {
        if (word !== null && word.text !== '') words.push(word);
        word = null;
      };
      for (const item of items) {
        const [, , c, d, x, baseline] = Util.transform(viewport.transform, item.transform) as number[];
        const size = Math.hypot(c!, d!);
        const style = styles[item.fontName];
        // A Type 3 font (text drawn as outlines) has no ascent or descent for PDF.js: a box a
        // little taller than poppler's for those fonts (1.07 above the baseline, 0.37 below).
        const ascent = Number.isFinite(style?.ascent) ? style!.ascent! : 1.1;
        const descent = Number.isFinite(style?.descent) ? style!.descent! : -0.4;
        // A run is split into words at white space, its width shared among its characters: a
        // run's outer edges are exact, the edges between words inside it within a few points.
        const chars = [...item.str];
        const advance = chars.length === 0 ? 0 : item.width / chars.length;
        chars.forEach((ch, i) => {
          if (/\s/u.test(ch)) return end();
          const box = { xMin: x! + i * advance, xMax: x! + (i + 1) * advance, yMin: baseline! - ascent * size, yMax: baseline! - descent * size };
          const w = word as PdfWord | null;
          // A new word unless this character touches the last one on the same line.
          if (w !== null && (Math.abs(box.xMin - w.xMax) > 0.5 || box.yMax < w.yMin || box.yMin > w.yMax)) end();
          if (word === null) word = { page: page.pageNumber, text: '', ...box };
          else {
            word.xMin = Math.min(word.xMin, box.xMin);
            word.yMin = Math.min(word.yMin, box.yMin);
            word.xMax = Math.max(word.xMax, box.xMax);
            word.yMax = Math.max(word.yMax, box.yMax);
          }
          word.text += ch;
        });
        if (item.hasEOL) end();
      }
      end();
      return words;
    });
    return pages.flat();
  });
}

/** Draws pages of a PDF to PNG files `<prefix>-<page>.png` at `dpi`; returns their paths. */
export async function pdfToPng(file: string, prefix: string, options: PageRange & { dpi: number }): Promise<string[]> {
  return withPdf(file, async (doc) => {
    const scale = options.dpi / 72;
    return eachPage(doc, options.firstPage ?? 1, options.lastPage ?? doc.numPages, async (page) => {
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: null, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      const out = `${prefix}-${page.pageNumber}.png`;
      writeFileSync(out, canvas.toBuffer('image/png'));
      return out;
    });
  });
}
