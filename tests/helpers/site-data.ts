/**
 * The site's data as the pages get it (getSiteData, src/site/site-data.ts), for tests that hand
 * components their props.
 */
import { getSiteData, type SiteData } from '../../src/site/site-data.ts';
import type { Notice } from '../../src/domain/model.ts';

export type { SiteData };

/** The site of `./content` (the project root is the working directory), built once and shared. */
export const siteData = (): SiteData => getSiteData();

/** The sample notice of content/notices/2024/2024-04-trang-dinh/, as the site models it. */
export function sampleNotice(): Notice {
  const notice = siteData().model.noticeById.get('2024-04-trang-dinh');
  if (!notice) throw new Error('content/ has no notice 2024-04-trang-dinh');
  return notice;
}
