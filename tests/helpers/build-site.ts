/**
 * Builds the site into dist/ once per test run, however many test projects ask for it,
 * unless TP_SKIP_BUILD=1 says a fresh build is already there (CI builds just before).
 */
import { spawn } from 'node:child_process';

const key = Symbol.for('tp.build-site');
const memo = globalThis as typeof globalThis & { [key]?: Promise<void> };

export function buildSiteOnce(): Promise<void> {
  if (process.env['TP_SKIP_BUILD'] === '1') return Promise.resolve();
  memo[key] ??= new Promise((resolve, reject) => {
    // The project's build script: astro build and every step that follows it.
    const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code}):\n${output}`))));
  });
  return memo[key];
}
