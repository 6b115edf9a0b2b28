/**
 * Browser tests read the built site as a reader gets it: dist/ served over HTTP on
 * localhost (so module scripts, fonts and Pagefind load as in production).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { buildSiteOnce } from '../helpers/build-site.ts';
import { distDir } from '../helpers/dist-pages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildSiteOnce();
  // Which browser the tests run in (and the npm one unpacked before the first test needs it).
  console.log(`e2e: ${(await findChromium()).label}`);
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
