import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../site/feed-response.ts';
import { yearPaths } from '../../../site/routes.ts';

export const getStaticPaths = yearPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The year's Atom feed: approvals, changes after approval, late documents (src/site/feeds.ts). */
export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props, site);
