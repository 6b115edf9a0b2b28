/** The fallback font faces, a stylesheet made at build time (src/integrations/fonts.ts). */
declare module 'virtual:tp/fallback-fonts.css';
