/**
 * Each notice's original text as published, for `astro dev`. A build writes the same files
 * directly with the other open-data files (src/integrations/open-data-files.ts), without a
 * route per notice.
 */
import type { APIRoute } from 'astro';
import type { Notice } from '../../../../domain/model.ts';
import { getSiteData } from '../../../../site/site-data.ts';
import { sourceTextBody } from '../../../../site/open-data/downloads.ts';
import { inDevServer } from '../../../../site/site-data.ts';
import { inShard } from '../../../../site/shard.ts';

export function getStaticPaths() {
  if (!inDevServer()) return [];
  return inShard(getSiteData().model.notices.map((notice) => ({ params: { id: notice.id }, props: { notice } })));
}

export const GET: APIRoute<{ notice: Notice }> = ({ props }) =>
  new Response(sourceTextBody(props.notice), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
