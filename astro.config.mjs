// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { contentValidation } from './src/integrations/content-validation.ts';
import { publicSite } from './src/site/site-url.ts';

// The public address (SITE_URL=https://… npm run build). Without one, links stay site-relative
// and the sitemap, which needs absolute addresses, is not written (see src/site/site-url.ts).
const site = publicSite(undefined)?.href;

export default defineConfig({
  // The public address is set per deployment: SITE_URL=https://… npm run build.
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // Keep the line breaks between elements: the search index reads the built pages, and without
  // them words of adjacent cells and terms ran together in its excerpts ("báoChỉ tiêu").
  compressHTML: false,
  integrations: [
    contentValidation(),
    // For pages developers write in MDX. A notice's narrative is never compiled: it is data
    // (src/site/narrative.ts renders it as Markdown with raw HTML off).
    mdx(),
    // Every HTML page except the 404 and the search page itself.
    ...(site ? [sitemap({ filter: (page) => !/\/(404|tim-kiem)\/?$/.test(new URL(page).pathname) })] : []),
    // Indexes dist/ after the build (pages mark their searchable part with data-pagefind-body)
    // and writes the index and Pagefind's UI to dist/pagefind/, served from the site itself.
    pagefind(),
  ],
  build: { format: 'directory' },
});
