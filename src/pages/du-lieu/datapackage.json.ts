/** The Frictionless Data Package descriptor of the whole tables. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../site/open-data/datapackage.ts';
import { buildDate, provinceName, resolutions } from '../../site/build-info.ts';
import { publicSite } from '../../site/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(publicSite(site), buildDate, provinceName, resolutions), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
