/**
 * Whether the code runs in `astro dev` (content re-read on each request, the open-data files
 * answered as routes) rather than in a build. Neither of Vite's flags says it alone:
 *
 * | where                                   | `DEV`  | `MODE`        |
 * | --------------------------------------- | ------ | ------------- |
 * | `astro dev`                             | true   | `development` |
 * | `astro build`, pages                    | false  | `production`  |
 * | `astro build`, pages, NODE_ENV=test     | true   | `production`  |
 * | `astro build`, integrations (config)    | false  | `development` |
 * | vitest                                  | true   | `test`        |
 *
 * A build started by the test runner had DEV set and rebuilt the model on every call, so the
 * items of a page's props were not those whose status it looked up; taking MODE alone made the
 * open-data integration load a second model (5 s and 400 MB more at 5,000 notices).
 */
export const inDevServer = (): boolean => import.meta.env?.DEV === true && import.meta.env.MODE === 'development';
