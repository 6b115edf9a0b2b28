/**
 * Finds the headless Chromium that prints the briefings (scripts/build-pdfs.ts) and runs the
 * browser tests (tests/helpers/browser.ts), in this order:
 * 1. `TP_CHROMIUM=/path/to/chromium`, when set;
 * 2. the Chromium inside the npm package `@sparticuz/chromium` (a devDependency), unpacked to
 *    the system's temporary folder on first use (`/tmp/chromium`, with its fonts and libraries
 *    in /tmp/fonts and /tmp/al2023; about 3 s; later runs reuse them). First because it is the
 *    same browser on every machine, and because it is Chromium's headless shell, made for
 *    automation: it printed 231 briefings at 13.9 a second where Debian's full browser (new
 *    headless mode) printed 8.7, same machine, same minute;
 * 3. Debian's `/usr/bin/chromium`, when installed, if the npm one does not run here (unless
 *    `TP_SYSTEM_TOOLS=none`).
 * `TP_SYSTEM_TOOLS=none` ignores what the system has installed, as on a machine with Node and
 * nothing else: CI runs the PDF step and the browser tests once that way.
 * Playwright cannot download a browser of its own here; playwright-core drives whichever is found.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const debianChromium = '/usr/bin/chromium';

export interface FoundChromium {
  executablePath: string;
  /** Flags the browser needs beyond the caller's own. */
  args: string[];
  /** Variables set for the browser process, beyond the environment it inherits. */
  env: Record<string, string>;
  /** Which browser, for a log line: `Debian chromium (/usr/bin/chromium)`, `npm @sparticuz/chromium 153.0.0`. */
  label: string;
}

/** Whether system tools are to be ignored (`TP_SYSTEM_TOOLS=none`). */
export const systemToolsIgnored = (): boolean => process.env['TP_SYSTEM_TOOLS'] === 'none';

// Flags of @sparticuz/chromium (made for AWS Lambda) left out: one process for everything
// (Playwright opens many contexts), web security off (the tests check what a reader's browser
// allows), and its headless mode (Playwright sets that).
const lambdaOnly = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content', "--headless='shell'"]);

let npmChromium: Promise<FoundChromium> | undefined;

/** The Chromium of @sparticuz/chromium, unpacked once per process (and once per machine). */
async function fromNpm(): Promise<FoundChromium> {
  const { default: Sparticuz, inflate } = await import('@sparticuz/chromium');
  // Its package.json and bin/ are not exported: found beside its entry point (build/index.js).
  const root = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  // The browser brings its own fonts.conf (fonts unpacked beside it) and the few libraries it
  // links (NSS, NSPR, expat; built for Amazon Linux 2023, where @sparticuz/chromium unpacks
  // them itself), whatever the system has: it runs alike on every machine, bare or not.
  const unpack = async (): Promise<{ executablePath: string; env: Record<string, string> }> => {
    const [executablePath, libraries] = await Promise.all([Sparticuz.executablePath(), inflate(join(root, 'bin', 'al2023.tar.br'))]);
    const env = { FONTCONFIG_PATH: join(tmpdir(), 'fonts'), LD_LIBRARY_PATH: [join(libraries, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':') };
    return { executablePath, env };
  };
  // Its major version is Chromium's; a browser left in /tmp by another version (or cut short
  // while unpacking) answers wrongly or not at all: remove it and unpack this one.
  const answers = ({ executablePath, env }: { executablePath: string; env: Record<string, string> }): boolean => {
    try {
      const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
      return out.startsWith(`Chromium ${version.split('.')[0]}.`);
    } catch {
      return false;
    }
  };
  let unpacked = await unpack();
  if (!answers(unpacked)) {
    rmSync(unpacked.executablePath, { force: true });
    rmSync(join(tmpdir(), 'al2023'), { recursive: true, force: true });
    unpacked = await unpack();
    if (!answers(unpacked)) throw new Error(`${unpacked.executablePath} (from @sparticuz/chromium ${version}) does not run`);
  }
  return {
    executablePath: unpacked.executablePath,
    args: Sparticuz.args.filter((arg) => !lambdaOnly.has(arg)),
    env: unpacked.env,
    label: `npm @sparticuz/chromium ${version}`,
  };
}

/** The browser to use, by the order above. */
export async function findChromium(): Promise<FoundChromium> {
  const configured = process.env['TP_CHROMIUM'];
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new Error(`TP_CHROMIUM=${configured}: no such file`);
    return { executablePath: configured, args: [], env: {}, label: `TP_CHROMIUM (${configured})` };
  }
  npmChromium ??= fromNpm();
  try {
    return await npmChromium;
  } catch (error) {
    if (systemToolsIgnored() || !existsSync(debianChromium)) throw error;
    const why = error instanceof Error ? error.message : String(error);
    return { executablePath: debianChromium, args: [], env: {}, label: `Debian chromium (${debianChromium}; the npm one did not run: ${why})` };
  }
}

/** Launches the browser found, headless, with `args` added to the flags it needs. */
export async function launchChromium(args: string[]): Promise<{ browser: Browser; found: FoundChromium }> {
  const found = await findChromium();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: [...new Set([...found.args, ...args])],
    env: { ...process.env, ...found.env },
  });
  return { browser, found };
}
