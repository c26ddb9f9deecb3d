import type { APIRoute } from 'astro';
import { siteData } from '../site/data.ts';
import { allRoutes } from '../site/routes.ts';

/** The sitemap as JSON, for the end-to-end tests and anyone scripting against the portal. */
export const GET: APIRoute = async () => new Response(JSON.stringify(allRoutes(await siteData()), null, 1), { headers: { 'content-type': 'application/json' } });
