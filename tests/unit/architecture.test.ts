/**
 * The shape of src/ a maintainer relies on (issue 21): no two folders import each other, even
 * through others (a folder and its own subfolders, such as site/ and site/charts/, are one part
 * and may), and the site data reaches pages one way only: pages (and endpoints), the
 * open-data integration and the middleware call getSiteData(); nothing else does, so no module
 * loads the model when it is imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []);
}

const files = sourceFiles(SRC);
/** A file's code without its comments (a comment may name a function it does not call). */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
/** Relative specifiers a file imports: static, side-effect, re-export and dynamic imports. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);

const within = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** Folder → folders it imports from (relative to src/), itself, its subfolders and the folders it is in left out. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = relative(SRC, dirname(file));
    for (const spec of importsOf(code(file))) {
      const to = relative(SRC, dirname(resolve(dirname(file), spec)));
      if (within(from, to) || to.startsWith('..')) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every cycle of folders, as a path that returns to its start; none when the graph is acyclic. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]): void => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), node, next]);
      else if (!state.has(next)) visit(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
  return found;
}

describe('src/ architecture', () => {
  it('finds the imports of a file, whatever their form', () => {
    expect(importsOf(`import a from '../x.ts';\nimport '../y.css';\nexport { b } from './z.ts';\nawait import('../w.ts');\nimport c from 'astro';`)).toEqual(['../x.ts', '../y.css', './z.ts', '../w.ts']);
  });

  it('sees a cycle of two folders, and none in a chain', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])]]))).toHaveLength(1);
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toEqual([]);
  });

  it('has no cycle of folders', () => {
    expect(cycles(folderGraph()).map((c) => c.join(' → '))).toEqual([]);
  });

  it('asks for the site data only in pages, the open-data integration and the middleware', () => {
    const allowed = /^(pages\/|integrations\/open-data-files\.ts$|middleware\/index\.ts$|site\/site-data\.ts$)/;
    const callers = files.filter((f) => /\bgetSiteData\(|\bpageFrame\(/.test(code(f))).map((f) => relative(SRC, f));
    expect(callers.filter((f) => !allowed.test(f))).toEqual([]);
    expect(callers.some((f) => f.startsWith('pages/'))).toBe(true);
  });
});
