import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

// Decap CMS's prebuilt bundle and the chunks it loads from beside itself, copied into the portal at
// build time: the editor never fetches code from a CDN.
const DIST = path.resolve('node_modules', 'decap-cms', 'dist');

export const getStaticPaths = (() => readdirSync(DIST).filter((file) => file.endsWith('decap-cms.js')).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(path.join(DIST, String(params['file']))), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
