/**
 * Writes the open-data files into dist/ when `astro build` is done (site/open-data/
 * write-files.ts), from the model the build already loaded. In `astro dev` the same files are
 * answered by src/pages/du-lieu/[...file].csv.ts and [...file].json.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getSiteData } from '../site/site-data.ts';
import { writeDataFiles } from '../site/open-data/write-files.ts';
import { progressLine } from '../site/progress-line.ts';

export function openDataFiles(): AstroIntegration {
  return {
    name: 'tp-open-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const site = getSiteData();
        const progress = progressLine('files', (line) => logger.info(line));
        const { files, bytes } = writeDataFiles(fileURLToPath(dir), site.slices, site.model, undefined, progress);
        logger.info(`${files} files, ${(bytes / 1024 ** 2).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (dist/du-lieu/)`);
      },
    },
  };
}
