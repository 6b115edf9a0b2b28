/**
 * The site's data as the pages get it, for tests that hand components their props. Tests import
 * it from here only: if src/site/site.ts or its getSite is renamed, the import below is the one
 * line to change.
 */
import { getSite as siteOfContent } from '../../src/site/site.ts';
import type { Notice } from '../../src/domain/model.ts';

/** The model and everything the pages compute from it (src/site/site.ts). */
export type SiteData = ReturnType<typeof siteOfContent>;

/** The site of `./content` (the project root is the working directory), built once and shared. */
export const siteData = (): SiteData => siteOfContent();

/** The sample notice of content/notices/2024/2024-04-trang-dinh/, as the site models it. */
export function sampleNotice(): Notice {
  const notice = siteData().model.noticeById.get('2024-04-trang-dinh');
  if (!notice) throw new Error('content/ has no notice 2024-04-trang-dinh');
  return notice;
}
