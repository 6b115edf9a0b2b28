/**
 * The editor's desk (docs/desk.md): npm run desk [-- --port N] [--no-preview]
 * Serves the desk on 127.0.0.1 only, over content/ (or TP_CONTENT_DIR) and drafts/, and prints
 * its address. Unless --no-preview, it also starts the portal's dev server (`astro dev`) over the
 * same content/ on another local port, so a published notice can be seen as readers will see it.
 */
import { resolve } from 'node:path';
import { defaultContentDir } from '../src/load/load-model.ts';
import { startDesk } from '../src/desk/server.ts';
import { startPreview, type PreviewServer } from './lib/preview-server.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = at === -1 ? 0 : Number(args[at + 1]);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number (0 for any free port)');
const contentDir = defaultContentDir();

const preview: PreviewServer | null = args.includes('--no-preview') ? null : await startPreview(contentDir);
const desk = await startDesk({ contentDir, draftsDir: resolve('drafts'), port, previewUrl: () => preview?.url ?? null });
console.log(`Bàn biên tập: ${desk.url}`);
if (preview) console.log(`Xem trước cổng (astro dev, cùng content/): ${preview.url}`);
console.log('Mở địa chỉ trên trong trình duyệt. Dừng bằng Ctrl+C.');
const stop = (): void => {
  preview?.stop();
  void desk.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
