/** The fonts' stylesheet, written at build time (src/integrations/fonts.ts). */
declare module 'virtual:tp/fonts.css';
