/**
 * Loads the chart code only when a chart comes near the screen, and not at all when the reader
 * asked the browser to save data: the static SVG is already there, so Chart.js (about 66 KB
 * gzipped) is an enhancement a reader on a slow mountain connection should not pay for upfront.
 * Each chart is drawn as it nears the screen, in a task of its own: on a slow phone, loading the
 * code and drawing every chart of a long page in one go held the main thread for a quarter of a
 * second (issue 24, point 10).
 */
interface NetworkInformation {
  saveData?: boolean;
}

const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
const figures = document.querySelectorAll('figure.tp-chart');

if (!connection?.saveData && figures.length > 0) {
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
