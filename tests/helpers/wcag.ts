/**
 * WCAG 2.2 measurements in a real browser, for the e2e tests: what a focused element looks like
 * (SC 1.4.11 and 2.4.13: its indicator against what surrounds it; SC 1.4.3: its text in the
 * focused state), targets smaller than 24 × 24 px (SC 2.5.8) and tables wider than their place
 * on the page. The browser reads the computed colours; contrast ratios are computed here with
 * colorjs.io (WCAG 2.1 relative luminance).
 */
import Color from 'colorjs.io';
import type { Page } from 'playwright-core';

/** The WCAG 2.x contrast ratio of two CSS colours, e.g. `rgb(255, 255, 255)` on `rgb(255, 221, 0)`: 1.35. */
export function contrast(a: string, b: string): number {
  return Color.contrast(new Color(a), new Color(b), 'WCAG21');
}

/** What the focused element shows, as the browser computes it. */
export interface FocusLook {
  /** `a.tp-nav "Địa phương"`: tag, first class, start of its text. */
  what: string;
  outlineStyle: string;
  /** CSS px. */
  outlineWidth: number;
  outlineColor: string;
  /** Opaque colours just outside the indicator, on each side that is on screen. */
  surroundings: string[];
  /** Each piece of text the element shows, with the opaque background it sits on. */
  texts: { color: string; background: string }[];
  /** A background or colour in the way that is not opaque: the measurement would be a guess. */
  translucent: string | null;
}

/** The focused element's look (null when the page itself has focus). */
export function focusLook(page: Page): Promise<FocusLook | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    let translucent: string | null = null;
    // Computed colours read `rgb(r, g, b)` or `rgba(r, g, b, a)`.
    const alphaOf = (c: string): number => {
      if (c === 'transparent') return 0;
      const parts = /\(([^)]*)\)/.exec(c)?.[1]?.split(/[\s,/]+/).filter(Boolean) ?? [];
      return parts.length === 4 ? Number(parts[3]) : 1;
    };
    // The first opaque background from `start` up; a translucent one on the way is reported.
    const backgroundOf = (start: Element | null): string => {
      for (let e: Element | null = start; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const a = alphaOf(bg);
        if (a === 1) return bg;
        if (a > 0) translucent ??= `${e.tagName.toLowerCase()}.${e.classList[0] ?? ''} background ${bg}`;
      }
      return 'rgb(255, 255, 255)';
    };
    const s = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const reach = Number.parseFloat(s.outlineOffset) + Number.parseFloat(s.outlineWidth) + 2;
    const midX = rect.left + rect.width / 2;
    const midY = rect.top + rect.height / 2;
    const points: [number, number][] = [[rect.left - reach, midY], [rect.right + reach, midY], [midX, rect.top - reach], [midX, rect.bottom + reach]];
    const surroundings: string[] = [];
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const behind = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
      if (behind) surroundings.push(backgroundOf(behind));
    }
    const texts: { color: string; background: string }[] = [];
    const withText = [el, ...el.querySelectorAll('*')].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') && e.getClientRects().length > 0 && !e.closest('.tp-visually-hidden, [aria-hidden="true"]'));
    // A field shows its value: its own colour on its own background.
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) withText.push(el);
    for (const e of new Set(withText)) {
      const color = getComputedStyle(e).color;
      if (alphaOf(color) < 1) translucent ??= `${e.tagName.toLowerCase()} colour ${color}`;
      texts.push({ color, background: backgroundOf(e) });
    }
    const cls = el.getAttribute('class')?.split(/\s+/)[0];
    return {
      what: `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`,
      outlineStyle: s.outlineStyle,
      outlineWidth: Number.parseFloat(s.outlineWidth),
      outlineColor: s.outlineColor,
      surroundings,
      texts,
      translucent,
    };
  });
}

/** What is wrong with a focus look: an indicator under 2 px or under 3:1 against its surroundings, text under 4.5:1. */
export function focusFaults(look: FocusLook): string[] {
  const faults: string[] = [];
  if (look.translucent) faults.push(`${look.what}: cannot measure behind a translucent ${look.translucent}`);
  if (look.outlineStyle === 'none' || look.outlineWidth < 2) faults.push(`${look.what}: focus outline ${look.outlineStyle} ${look.outlineWidth}px (2 px at least)`);
  for (const around of new Set(look.surroundings)) {
    const ratio = contrast(look.outlineColor, around);
    if (ratio < 3) faults.push(`${look.what}: outline ${look.outlineColor} on ${around} ${ratio.toFixed(2)}:1 (3:1 at least)`);
  }
  for (const t of look.texts) {
    const ratio = contrast(t.color, t.background);
    if (ratio < 4.5) faults.push(`${look.what}: text ${t.color} on ${t.background} ${ratio.toFixed(2)}:1 (4.5:1 at least)`);
  }
  return faults;
}

/**
 * Presses Tab until focus comes back round (or `limit` presses) and returns each focused
 * element's look, in order.
 */
export async function tabThrough(page: Page, limit = 1500): Promise<FocusLook[]> {
  const looks: FocusLook[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  let first: string | null = null;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      // The element's place in the document, so a second round is recognised.
      const path: number[] = [];
      for (let x: Element | null = e; x?.parentElement; x = x.parentElement) path.push([...x.parentElement.children].indexOf(x));
      return path.join('.');
    });
    if (key === null) { if (looks.length > 0) break; else continue; }
    if (key === first) break;
    first ??= key;
    const look = await focusLook(page);
    if (look) looks.push(look);
  }
  return looks;
}

/** A link, button or field smaller than 24 × 24 px. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
  /**
   * The target is a link inside a sentence (text of its own block on either side of it): the
   * inline exception of SC 2.5.8, where the line height of the text sets its size.
   */
  inSentence: boolean;
  /** The sentence, for the report: up to 80 characters around the link. */
  context: string;
}

/** Every visible target under 24 × 24 px on the page. */
export function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    const out: SmallTarget[] = [];
    for (const t of targets) {
      if (t.closest('.tp-visually-hidden') || t.getClientRects().length === 0) continue;
      const s = getComputedStyle(t);
      if (s.visibility === 'hidden') continue;
      const r = t.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      // In a sentence: an inline link whose block has words outside the link on the line.
      let block: Element | null = t.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const whole = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const own = (t.textContent ?? '').replace(/\s+/g, ' ').trim();
      const others = [...(block?.querySelectorAll('a, button') ?? [])].reduce((rest, a) => rest.replace((a.textContent ?? '').replace(/\s+/g, ' ').trim(), ''), whole);
      const inSentence = s.display === 'inline' && /\p{L}{2,}/u.test(others);
      const at = whole.indexOf(own);
      out.push({
        what: `${t.tagName.toLowerCase()}${t.getAttribute('class') ? `.${t.getAttribute('class')!.split(/\s+/)[0]}` : ''} "${own.slice(0, 40)}"`,
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        inSentence,
        context: whole.slice(Math.max(0, at - 30), at + own.length + 30),
      });
    }
    return out;
  });
}

/** A table wider than the box it sits in. */
export interface TableFit {
  /** The table's caption (or first header). */
  table: string;
  /** How many CSS px it needs beyond its box. */
  over: number;
  /**
   * `scroll` when it scrolls inside a region a keyboard reaches (tabindex 0), named (role
   * region with a label), with a visible cue that it scrolls: a shadow (a gradient background)
   * and a line of text saying so; otherwise what is missing.
   */
  how: string;
}

/** Every table whose content is wider than where it stands, and how the reader gets to the rest. */
export function tableFits(page: Page): Promise<TableFit[]> {
  return page.evaluate(() => {
    const out: TableFit[] = [];
    for (const table of document.querySelectorAll('table')) {
      if (table.getClientRects().length === 0 || table.closest('[hidden]')) continue;
      const name = (table.caption?.firstChild?.textContent ?? table.querySelector('th')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (!scroller || scroller === document.documentElement || scroller === document.body) {
        const box = table.parentElement!;
        const over = Math.ceil(table.getBoundingClientRect().width - box.clientWidth);
        if (over > 0) out.push({ table: name, over, how: 'no scroll region' });
        continue;
      }
      const over = scroller.scrollWidth - scroller.clientWidth;
      if (over <= 0) continue;
      const missing: string[] = [];
      if (scroller.tabIndex !== 0) missing.push('not focusable');
      if (scroller.getAttribute('role') !== 'region' || !(scroller.getAttribute('aria-label') || scroller.getAttribute('aria-labelledby'))) missing.push('no named region');
      if (!getComputedStyle(scroller).backgroundImage.includes('gradient')) missing.push('no shadow at its edge');
      const hint = scroller.querySelector('.tp-table-scroll__hint');
      if (!hint || hint.getClientRects().length === 0 || hint.getBoundingClientRect().height === 0 || getComputedStyle(hint).visibility !== 'visible') missing.push('no visible hint');
      out.push({ table: name, over, how: missing.length === 0 ? 'scroll' : missing.join(', ') });
    }
    return out;
  });
}
