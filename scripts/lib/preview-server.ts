/**
 * The portal's dev server (`astro dev`) over a content folder, on a free local port: the desk's
 * preview of the pages a publication touches (scripts/desk.ts, tests/e2e/desk.test.ts). It reads
 * content/ again whenever a file changed (src/site/site-data.ts), so a notice just published shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface PreviewServer {
  url: string;
  process: ChildProcess;
  /** Resolves once the server answers. */
  ready: Promise<void>;
  stop(): void;
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Starts `astro dev` over `contentDir` (project: the current folder). */
export async function startPreview(contentDir: string): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Started from a test runner, the environment holds what Vite and vitest put there (NODE_ENV=test,
  // MODE=test, DEV, PROD, SSR, BASE_URL, VITEST…): astro dev would take itself for something else
  // (and site-data.ts would not see a dev server). The dev server gets a command line's environment.
  const runner = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !runner.has(k) && !k.startsWith('VITEST') && !k.startsWith('VITE_')));
  const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, TP_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const ready = (async () => {
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped (exit ${child.exitCode})`);
      try {
        if ((await fetch(url)).status < 500) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('astro dev did not answer within 2 minutes');
  })();
  return { url, process: child, ready, stop: () => child.kill() };
}
