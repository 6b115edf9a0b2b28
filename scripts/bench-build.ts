/**
 * Build benchmark: copies the project to a temporary folder, adds N synthetic notices (copies of
 * the sample under new ids and months, moved to other districts and communes so that notices
 * spread over the register as real ones would — benchmark data, never written to content/),
 * builds, and prints pages, seconds and peak memory.
 *
 * Usage: npm run bench -- [N=1000]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const count = Number(process.argv[2] ?? 1000);
const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'tp-bench-'));
for (const entry of ['src', 'content', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
  cpSync(join(project, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(project, 'node_modules'), join(work, 'node_modules'));

const sampleDir = join(work, 'content/notices/2024/2024-04-trang-dinh');
const sample = Object.fromEntries(readdirSync(sampleDir).map((f) => [f, readFileSync(join(sampleDir, f), 'utf8')]));
// District → its communes, from the register, to move each copy to another place.
const units = readFileSync(join(work, 'content/localities/units.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const districts = units.filter((u) => u[3] === 'huyen').map((d) => ({ code: d[0]!, communes: units.filter((u) => u[4] === d[0]).map((u) => u[0]!) }));
for (let i = 0; i < count; i++) {
  const year = 2015 + (i % 10);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const district = districts[i % districts.length]!;
  const commune = district.communes[Math.floor(i / districts.length) % district.communes.length]!;
  const move = (text: string): string => text.replaceAll('"180"', `"${district.code}"`).replaceAll('"06013"', `"${commune}"`);
  const dir = join(work, 'content/notices', String(year), `bench-${year}-${month}-${i}`);
  cpSync(sampleDir, dir, { recursive: true });
  writeFileSync(join(dir, 'notice.mdx'), move(sample['notice.mdx']!).replace('date: "2024-04"', `date: "${year}-${month}"`));
  writeFileSync(join(dir, 'figures.csv'), sample['figures.csv']!.replace(/^([^,]+),180,/gm, `$1,${district.code},`).replace(/^([^,]+),06013,/gm, `$1,${commune},`));
}

const started = process.hrtime.bigint();
// GNU time (Debian package `time`) reports peak memory; without it only the duration is printed.
const build = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
const [command, ...args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...build] : build;
// The build log of thousands of pages runs to many megabytes: a small buffer would kill it.
const run = spawnSync(command!, args, { cwd: work, encoding: 'utf8', maxBuffer: 1024 ** 3 });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0) {
  console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
  process.exit(1);
}
if (process.env["BENCH_VERBOSE"]) console.log(run.stdout.split("\n").filter((l) => /Completed|built in|Building|Syncing|Synced|Generated/.test(l)).join("\n"));
const pages = /(\d+) page\(s\) built/.exec(run.stdout)?.[1];
const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
console.log(`notices: ${count + 1}, pages: ${pages}, build: ${seconds.toFixed(1)} s, ` +
  `${(Number(pages) / seconds).toFixed(0)} pages/s, peak RSS: ${(rssKb / 1024).toFixed(0)} MB`);
rmSync(work, { recursive: true, force: true });
