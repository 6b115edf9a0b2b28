/**
 * Builds the site once before the build tests (into dist/), unless TP_SKIP_BUILD=1 says a
 * fresh build is already there (CI builds just before).
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env['TP_SKIP_BUILD'] === '1') return;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}
