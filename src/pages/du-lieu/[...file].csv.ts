/**
 * Every open-data CSV file, for `astro dev`: each table whole, per locality and per notice, as CSV
 * and CSV for Excel (the JSON files: [...file].json.ts). A build writes the same files directly
 * (src/integrations/open-data-files.ts), far faster than one route each. The extension is in the
 * route's name so that the dev server answers `/du-lieu/x.csv` without the trailing slash the
 * site's other addresses take.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../site/site-data.ts';
import { fileBody, filePath, FORMATS, type TableSlice } from '../../site/open-data/downloads.ts';
import type { DataFormat } from '../../site/urls.ts';
import { inDevServer } from '../../site/site-data.ts';
import { inShard } from '../../site/shard.ts';

export function getStaticPaths() {
  if (!inDevServer()) return [];
  return inShard(getSiteData().slices.flatMap((slice) =>
    FORMATS.filter((format) => format !== 'json').map((format) => ({ params: { file: filePath(slice, format).replace(/^\/du-lieu\//, '').replace(/\.csv$/, '') }, props: { slice, format } })),
  ));
}

const TYPES: Record<DataFormat, string> = { csv: 'text/csv; charset=utf-8', 'csv-excel': 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ slice: TableSlice; format: DataFormat }> = ({ props }) =>
  new Response(fileBody(props.slice, props.format, getSiteData().model), { headers: { 'Content-Type': TYPES[props.format] } });
