/** The Frictionless Data Package descriptor of the whole tables. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../site/open-data/datapackage.ts';
import { publicAddressOf } from '../../site/public-address.ts';

export const GET: APIRoute = ({ site, locals }) =>
  new Response(`${JSON.stringify(dataPackage(publicAddressOf(site), locals.frame.dataDate, locals.frame.provinceName, locals.frame.resolutions), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
