/**
 * The editor's desk (docs/desk.md): npm run desk [-- --port N] [--no-preview]
 * Serves the desk on 127.0.0.1 only, over content/ (or TP_CONTENT_DIR) and drafts/, and prints
 * its address. Unless --no-preview, it also starts the portal's dev server (`astro dev`) over the
 * same content/ on another local port, so a published notice can be seen as readers will see it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { defaultContentDir } from '../src/load/load-model.ts';
import { startDesk } from '../src/desk/server.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at === -1 ? 0 : Number(args[at + 1]);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number (0 for any free port)');
const contentDir = defaultContentDir();

/** A free local port, for the preview server. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => done(p));
    });
  });
}

let preview: ChildProcess | null = null;
let previewUrl: string | null = null;
if (!args.includes('--no-preview')) {
  const p = await freePort();
  preview = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(p)], { env: { ...process.env, TP_CONTENT_DIR: contentDir }, stdio: 'ignore' });
  previewUrl = `http://127.0.0.1:${p}/`;
}

const desk = await startDesk({ contentDir, draftsDir: resolve('drafts'), port, previewUrl: () => previewUrl });
console.log(`Bàn biên tập: ${desk.url}`);
if (previewUrl) console.log(`Xem trước cổng (astro dev, cùng content/): ${previewUrl}`);
console.log('Mở địa chỉ trên trong trình duyệt. Dừng bằng Ctrl+C.');
const stop = (): void => {
  preview?.kill();
  void desk.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
