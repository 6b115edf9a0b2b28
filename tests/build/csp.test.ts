/**
 * The Content-Security-Policy of every built page (astro.config.mjs, security.csp): one <meta>,
 * before anything it governs, only this site's own files and no 'unsafe-inline'; every inline
 * script and style of the page is allowed by a hash of its actual text, and nothing in the page
 * needs what the policy refuses (style attributes, inline event handlers). Links to other sites
 * carry rel="noopener noreferrer". The browser side is tests/e2e/csp.test.ts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { publicAddressOf } from '../../src/site/public-address.ts';
import { distDir } from '../helpers/dist-pages.ts';

const htmlFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.html'))
  .map((p) => relative(distDir, join(distDir, p)).split(sep).join('/'))
  .sort();
const pages = htmlFiles.map((file) => ({ file, $: cheerio.load(readFileSync(join(distDir, file), 'utf8')) }));
const searchPage = 'tim-kiem/index.html';

/** A policy's directives by name: `script-src` → [`'self'`, `'sha256-…'`]. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

function policyOf($: cheerio.CheerioAPI): string[] {
  return $('meta[http-equiv]')
    .filter((_, el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-security-policy')
    .map((_, el) => $(el).attr('content') ?? '')
    .get();
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Scripts the browser runs (not JSON data blocks, which are never executed). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

describe('Content-Security-Policy of every page', () => {
  it('dist/ has the pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(300);
    for (const kind of ['index.html', '404.html', searchPage, 'ban-in/index.html']) expect(htmlFiles).toContain(kind);
  });

  it('each page has exactly one policy, in <head> before every script and style, allowing only this site', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      const policies = policyOf($);
      if (policies.length !== 1) {
        problems.push(`${file}: ${policies.length} policies`);
        continue;
      }
      const meta = $('meta[http-equiv]').filter((_, el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
      if (meta.parent().prop('tagName')?.toLowerCase() !== 'head') problems.push(`${file}: the policy is not in <head>`);
      // A script or style before the <meta> would not be bound by it.
      const governed = $('script, style, link[rel~="stylesheet"]').toArray();
      const all = $('*').toArray();
      const at = all.indexOf(meta.get(0)!);
      if (governed.some((el) => all.indexOf(el) < at)) problems.push(`${file}: a script or style comes before the policy`);

      const d = directives(policies[0]!);
      const expectSources = (name: string, wanted: string): void => {
        if (!(d.get(name) ?? []).includes(wanted)) problems.push(`${file}: ${name} lacks ${wanted}`);
      };
      expectSources('default-src', "'self'");
      expectSources('script-src', "'self'");
      expectSources('style-src', "'self'");
      expectSources('object-src', "'none'");
      expectSources('base-uri', "'self'");
      expectSources('form-action', "'self'");
      for (const [name, sources] of d) {
        for (const source of sources) {
          if (/^'(unsafe-inline|unsafe-eval|unsafe-hashes)'$/.test(source) || source === '*') problems.push(`${file}: ${name} allows ${source}`);
          // Keywords and hashes only (and data: pictures): never another site.
          else if (!/^'[a-z0-9-]+'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) && !(name === 'img-src' && source === 'data:')) problems.push(`${file}: ${name} allows ${source}`);
        }
      }
      // Pagefind's WebAssembly runs on the search page only.
      if ((d.get('script-src') ?? []).includes("'wasm-unsafe-eval'") !== (file === searchPage)) problems.push(`${file}: 'wasm-unsafe-eval' ${file === searchPage ? 'missing' : 'allowed'}`);
    }
    expect(problems).toEqual([]);
  });

  it('allows every inline script and style of each page by the hash of its text', () => {
    const problems: string[] = [];
    let inline = 0;
    for (const { file, $ } of pages) {
      const d = directives(policyOf($)[0] ?? '');
      const scriptSources = d.get('script-src-elem') ?? d.get('script-src') ?? [];
      const styleSources = d.get('style-src-elem') ?? d.get('style-src') ?? [];
      $('script:not([src])').each((_, el) => {
        if (!EXECUTABLE.has(($(el).attr('type') ?? '').toLowerCase())) return;
        inline += 1;
        if (!scriptSources.includes(sha256($(el).text()))) problems.push(`${file}: inline script "${$(el).text().slice(0, 60)}…" not in the policy`);
      });
      $('style').each((_, el) => {
        inline += 1;
        if (!styleSources.includes(sha256($(el).text()))) problems.push(`${file}: <style> "${$(el).text().slice(0, 60)}…" not in the policy`);
      });
    }
    // Astro inlines its small bundles (the font faces are a shared stylesheet since issue 14):
    // pages with inline code exist, so the hashes are really exercised.
    expect(inline).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('no element has an inline event handler or a style attribute (the policy refuses both)', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      $('*').each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name) || name.toLowerCase() === 'style') problems.push(`${file}: <${(el as { tagName: string }).tagName} ${name}>`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('every link to another site has rel noopener and noreferrer', () => {
    const own = publicAddressOf(undefined)?.origin ?? 'https://this-site.invalid';
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href') ?? '';
        const url = URL.canParse(href, `${own}/`) ? new URL(href, `${own}/`) : null;
        if (!url || !/^https?:$/.test(url.protocol) || url.origin === own) return;
        const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${file}: ${href} rel="${$(el).attr('rel') ?? ''}"`);
      });
    }
    expect(problems).toEqual([]);
  });
});
