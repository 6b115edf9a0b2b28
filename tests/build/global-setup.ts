/** The build tests read dist/: build it first (once per run, see build-site.ts). */
import { buildSiteOnce } from '../helpers/build-site.ts';

export default async function setup(): Promise<void> {
  await buildSiteOnce();
}
