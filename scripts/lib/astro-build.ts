/**
 * One `astro build` of the project run as a child process, for the scripts that run several at
 * once (build-site.ts: the shares of a build; build-national.ts: one per province).
 *
 * Astro puts its server chunks in `<cwd>/.astro/` when the output is outside the working folder,
 * so two builds at once would share it: each runs in a folder of its own inside the project
 * (`.astro/<work>/`, where the chunks still find node_modules), with --root the project, and the
 * folder is removed afterwards. Its peak memory comes from GNU time when the machine has it.
 * Each whole line of its output goes to `onLine`, also without Astro's colours (it colours them
 * when it sees CI=true, even into a pipe).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface AstroBuild {
  /** The running process (to stop it when another build fails). */
  child: ChildProcess;
  /** Settles when it ends: its exit code, peak memory in MB (NaN without GNU time) and last output. */
  ended: Promise<{ code: number | null; rssMb: number; tail: string }>;
}

const RSS = /^tp-peak-rss-kb (\d+)$/;

export function astroBuild(options: {
  project: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  /** A folder of its own under `.astro/`, or none: the project itself (one build at a time). */
  work?: string;
  onLine?: (plain: string, line: string, stream: 'stdout' | 'stderr') => void;
}): AstroBuild {
  const { project, outDir, env, onLine } = options;
  const cwd = options.work ? join(project, '.astro', options.work) : project;
  mkdirSync(cwd, { recursive: true });
  const command = [process.execPath, join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', outDir];
  const [program, ...args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'tp-peak-rss-kb %M', ...command] : command;
  const child = spawn(program!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let rssMb = NaN;
  let tail = '';
  const pending = { stdout: '', stderr: '' };
  // Whole lines only: a chunk can end inside one.
  const read = (chunk: Buffer, stream: 'stdout' | 'stderr'): void => {
    const lines = (pending[stream] + chunk.toString()).split('\n');
    pending[stream] = lines.pop() ?? '';
    for (const line of lines) {
      const plain = stripVTControlCharacters(line);
      const rss = RSS.exec(plain);
      if (rss) {
        rssMb = Number(rss[1]) / 1024;
        continue;
      }
      tail = `${tail}${plain}\n`.slice(-4000);
      onLine?.(plain, line, stream);
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => read(chunk, 'stdout'));
  child.stderr!.on('data', (chunk: Buffer) => read(chunk, 'stderr'));
  const ended = new Promise<{ code: number | null; rssMb: number; tail: string }>((done) => {
    child.on('close', (code) => {
      for (const stream of ['stdout', 'stderr'] as const) if (pending[stream] !== '') read(Buffer.from('\n'), stream);
      if (cwd !== project) rmSync(cwd, { recursive: true, force: true });
      done({ code, rssMb, tail });
    });
  });
  return { child, ended };
}
