/**
 * Astro's middleware: gives every page's layout what it shows in its header and footer (the
 * province, the data date, the resolutions) on `Astro.locals.frame`, from the one way to the
 * model (site/site-data.ts). Runs for each page at build time, and on each request in `astro dev`.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageFrame } from '../site/site-data.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.frame = pageFrame();
  return next();
});
