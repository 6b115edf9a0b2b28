/** What src/middleware/index.ts puts on `Astro.locals` for the layouts. */
declare namespace App {
  interface Locals {
    frame: import('../site/site-data.ts').PageFrame;
  }
}
