// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentValidation } from './src/integrations/content-validation.ts';
import { openDataFiles } from './src/integrations/open-data-files.ts';
import { webFonts } from './src/integrations/fonts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { basePath } from './src/site/base.ts';
import { publicAddressOf } from './src/site/public-address.ts';

// The public address (SITE_URL=https://… npm run build). Without one, links stay site-relative
// and the sitemap, which needs absolute addresses, is not written (see src/site/public-address.ts).
const site = publicAddressOf(undefined)?.href;

export default defineConfig({
  // The public address is set per deployment: SITE_URL=https://… npm run build.
  ...(site ? { site } : {}),
  // The folder the site is served under: `/`, or one province's folder of a national edition
  // (TP_BASE=/tinh-cao-bang/, src/site/base.ts). Astro prefixes what it bundles; site/urls.ts the rest.
  base: basePath(),
  trailingSlash: 'always',
  // Keep the line breaks between elements: the search index reads the built pages, and without
  // them words of adjacent cells and terms ran together in its excerpts ("báoChỉ tiêu").
  compressHTML: false,
  integrations: [
    contentValidation(),
    // Noto Sans and Noto Serif from the @fontsource packages, with local fallbacks resized to
    // their metrics so nothing moves when they arrive (src/integrations/fonts.ts).
    webFonts(),
    // For pages developers write in MDX. A notice's narrative is never compiled: it is data
    // (src/site/narrative.ts renders it as Markdown with raw HTML off).
    mdx(),
    // The open-data files (tens of thousands at archive scale), written once the pages are built.
    openDataFiles(),
    // Every HTML page except the 404 and the search page itself (src/integrations/sitemap.ts).
    ...siteMap(site),
    // Indexes dist/ after the build (pages mark their searchable part with data-pagefind-body)
    // and writes the index and Pagefind's UI to dist/pagefind/, served from the site itself;
    // addresses under the base path; none with TP_SEARCH_INDEX=off (src/integrations/search-index.ts).
    ...searchIndex(),
  ],
  // Pages render several at a time: each waits on file writes, and thousands of data files do.
  build: { format: 'directory', concurrency: 4 },
  // Content-Security-Policy, as a <meta> in every page (a static host may set no header): only
  // this site's own files, no inline script or style but the ones Astro bundles and inlines, whose
  // SHA-256 hashes Astro computes from the built files and writes into the policy. The search page
  // adds 'wasm-unsafe-eval' for Pagefind (src/pages/tim-kiem/index.astro). docs/deployment.md explains;
  // tests/build/csp.test.ts and tests/e2e/csp.test.ts check it.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No code highlighting: no page shows code, and Shiki colours with style attributes, which the
  // policy forbids.
  markdown: { syntaxHighlight: false },
});
