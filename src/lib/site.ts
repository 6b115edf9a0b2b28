/** The public address of the site: SITE_URL at build time, else the local preview address. */
export const siteUrl: string = process.env['SITE_URL'] ?? 'http://localhost:4321';
