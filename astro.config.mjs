// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { siteUrl } from './src/lib/site.ts';

export default defineConfig({
  // The public address is set per deployment: SITE_URL=https://… npm run build.
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [contentValidation(), mdx()],
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries a "use strict"-style directive that the bundler reports
          // ~10 lines for; it is harmless and would bury real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
