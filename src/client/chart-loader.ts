/**
 * Loads the chart code only when a chart comes near the screen, and not at all when the reader
 * asked the browser to save data: the static SVG is already there, so Chart.js (about 66 KB
 * gzipped) is an enhancement a reader on a slow mountain connection should not pay for upfront.
 */
interface NetworkInformation {
  saveData?: boolean;
}

const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
const figures = document.querySelectorAll('figure.tp-chart');

if (!connection?.saveData && figures.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./charts.ts');
    },
    { rootMargin: '300px 0px' },
  );
  figures.forEach((f) => observer.observe(f));
}
