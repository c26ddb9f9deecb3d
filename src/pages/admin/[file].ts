import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

// Decap CMS's prebuilt bundle and the chunks it loads from beside itself, copied into the portal at
// build time: the editor never fetches code from a CDN.
const DIST = path.resolve('node_modules', 'decap-cms', 'dist');

// The one-document rebuild (PLANBOOK_CHANGED, scripts/rebuild.ts) leaves them as the full build wrote
// them: they change only with the dependencies, and a change of those is a full build.
export const getStaticPaths = (() => (process.env['PLANBOOK_CHANGED'] ? [] : readdirSync(DIST).filter((file) => file.endsWith('decap-cms.js')).map((file) => ({ params: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(path.join(DIST, String(params['file']))), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
