/**
 * Validates all of `content/` when Astro starts (build, dev, check), before any page renders.
 * On invalid content it prints every error and stops with a non-zero exit. A build ends there
 * with the list and nothing after it (a stack trace of the tools would only hide the list);
 * other commands get an error Astro reports.
 */
import { sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../load/errors.ts';
import { defaultContentDir, loadModel } from '../load/load-model.ts';
import { shareBuildModel } from '../site/site-data.ts';

export function contentValidation(contentDir?: string, exit: (code: number) => never = (code) => process.exit(code)): AstroIntegration {
  return {
    name: 'tp-content-validation',
    hooks: {
      // In `astro dev`, a page's getStaticPaths is cached until Astro hears that content changed,
      // which it says only for its own content collections. content/ is not one: tell it when a
      // file of content/ changes (a notice published from the desk, an edit), so new and changed
      // notices show without a restart (site/site-data.ts then reloads the model).
      'astro:server:setup': ({ server }) => {
        const dir = contentDir ?? defaultContentDir();
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (path !== dir && !path.startsWith(`${dir}${sep}`)) return;
          for (const environment of Object.values(server.environments)) environment.hot.send('astro:content-changed', {});
        });
      },
      'astro:config:setup': ({ logger, command }) => {
        try {
          const dir = contentDir ?? defaultContentDir();
          const started = performance.now();
          const model = loadModel(dir);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          // The pages of this build use the same model instead of loading content/ again.
          if (command === 'build') shareBuildModel(dir, model);
          logger.info(`content/ valid: ${model.localities.length} localities, ${model.notices.length} notices, ${model.figures.length} figures (read, checked and modelled in ${seconds} s)`);
        } catch (e) {
          if (!(e instanceof ContentError)) throw e;
          logger.error(e.message);
          const stop = `content/ có ${e.issues.length} lỗi (liệt kê ở trên); dừng build.`;
          if (command === 'build') {
            logger.error(stop);
            exit(1);
          }
          throw new Error(stop, { cause: e });
        }
      },
    },
  };
}
