/**
 * Validates all of `content/` when Astro starts (build, dev, check), before any page renders.
 * On invalid content it prints every error and stops with a non-zero exit.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../load/errors.ts';
import { loadModel } from '../load/load-model.ts';

export function contentValidation(contentDir?: string): AstroIntegration {
  return {
    name: 'tp-content-validation',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        try {
          const model = loadModel(contentDir);
          logger.info(`content/ valid: ${model.localities.length} localities, ${model.notices.length} notices, ${model.figures.length} figures`);
        } catch (e) {
          if (!(e instanceof ContentError)) throw e;
          logger.error(e.message);
          throw new Error(`content/ is invalid (${e.issues.length} errors listed above); the build stops.`, { cause: e });
        }
      },
    },
  };
}
