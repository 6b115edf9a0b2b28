/** Each notice's original text as published (its source.txt, NFC, one line per line), for download and checksums. */
import type { APIRoute } from 'astro';
import type { Notice } from '../../../../domain/model.ts';
import { getSite } from '../../../../site/site.ts';

export function getStaticPaths() {
  return getSite().model.notices.map((notice) => ({ params: { id: notice.id }, props: { notice } }));
}

export const GET: APIRoute<{ notice: Notice }> = ({ props }) =>
  new Response(`${props.notice.sourceLines.join('\n').replace(/\n+$/, '')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
