import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../../../site/feed-response.ts';
import { unitPaths } from '../../../../../site/routes.ts';

export const getStaticPaths = unitPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One unit's Atom feed (src/site/feeds.ts). */
export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props, site);
