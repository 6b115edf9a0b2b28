/** Every open-data JSON file, for `astro dev`: as [...file].csv.ts for the CSV files. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { fileBody, filePath, FORMATS, type TableSlice } from '../../site/open-data/downloads.ts';
import type { DataFormat } from '../../site/urls.ts';
import { inDevServer } from '../../site/site-data.ts';
import { inShard } from '../../site/shard.ts';

export function getStaticPaths() {
  if (!inDevServer()) return [];
  return inShard(getSiteData().slices.flatMap((slice) =>
    FORMATS.filter((format) => format === 'json').map((format) => ({ params: { file: filePath(slice, format).replace(/^\/du-lieu\//, '').replace(/\.json$/, '') }, props: { slice, format } })),
  ));
}

const TYPES: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', 'csv-excel': 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ slice: TableSlice; format: DataFormat }> = ({ props }) =>
  new Response(fileBody(props.slice, props.format, getSiteData().model), { headers: { 'Content-Type': TYPES[props.format] } });
