/**
 * Whether the code runs in `astro dev` (content re-read on each request, the open-data files
 * answered as routes) rather than in a build. Astro's mode says it: `development` in the dev
 * server, `production` in `astro build`. Not `import.meta.env.DEV`, which follows NODE_ENV: a build
 * started by the test runner (NODE_ENV=test) had DEV set and rebuilt the model on every call,
 * so the items of a page's props were not those whose status it looked up.
 */
export const inDevServer = (): boolean => import.meta.env?.MODE === 'development';
