/**
 * Loads the chart code only when a chart comes near the screen, and not at all when the reader
 * asked the browser to save data: the static SVG is already there, so Chart.js (about 66 KB
 * gzipped) is an enhancement a reader on a slow mountain connection should not pay for upfront.
 * Each chart is drawn as it nears the screen, in a task of its own: on a slow phone, loading the
 * code and drawing every chart of a long page in one go held the main thread for a quarter of a
 * second (issue 24, point 10); and nothing starts before the page has loaded and painted with its
 * fonts, so Chart.js never runs ahead of the first screen's paint (an indicator's page, its chart in the first screen,
 * reached its largest paint 0.5 s later on a loaded machine when it did).
 */
interface NetworkInformation {
  saveData?: boolean;
}

const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
const figures = document.querySelectorAll('figure.tp-chart');

/** Watches the figures once the page has loaded: Chart.js is parsed and run after the first screen is painted, never before. */
function watch(): void {
  let charts: Promise<typeof import('./charts.ts')> | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const canvas = entry.target.querySelector<HTMLCanvasElement>('canvas[data-tp-chart]');
        if (!canvas) continue;
        charts ??= import('./charts.ts');
        void charts.then(({ drawChart }) => setTimeout(() => drawChart(canvas), 0));
      }
    },
    { rootMargin: '300px 0px' },
  );
  figures.forEach((f) => observer.observe(f));
}

/** After the page's load, its fonts and one painted frame with them: the first screen is on screen. */
async function firstScreenPainted(): Promise<void> {
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

if (!connection?.saveData && figures.length > 0) void firstScreenPainted().then(watch);
