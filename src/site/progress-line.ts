/**
 * A progress line on a long run (issue 14): at most one every 10 s, with how many are done of
 * how many, the rate and the time left. One rule for the pages (scripts/build-site.ts), the
 * open-data files (open-data-files.ts) and the PDFs (scripts/build-pdfs.ts).
 */

/** `about 95 s` → `1 min 35 s`; under a minute, `42 s`. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/**
 * A reporter to call after each item: it logs `1200/5000 files, 480 a second, about 8 s left`
 * when `every` ms have passed since the last line (or since it was made), never on the last
 * item. A total of 0 (not known yet) gives the count and the rate only; a count past the total
 * (items the total leaves out) is shown as the total.
 */
export function progressLine(noun: string, log: (line: string) => void, every = 10_000, now: () => number = () => performance.now()): (done: number, total: number) => void {
  const started = now();
  let shown = started;
  return (done, total) => {
    const at = now();
    if (at - shown < every || (total > 0 && done >= total)) return;
    shown = at;
    const rate = done / ((at - started) / 1000);
    const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} a second`;
    if (total <= 0) log(`${done} ${noun}, ${rateText}`);
    else log(`${Math.min(done, total)}/${total} ${noun}, ${rateText}, about ${duration((total - done) / rate)} left`);
  };
}
