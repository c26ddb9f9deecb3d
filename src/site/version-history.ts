import nodeFs from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { gitTreeSource } from '../approvals/tree-content.ts';
import { listVersionTags, type VersionTag } from '../approvals/version-tags.ts';
import { compareVersions, type TaggedVersionsRow } from '../cycle/versions.ts';
import { loadContent } from '../model/load.ts';
import { buildModel } from '../model/model.ts';
import { rollupYear, type YearRollup } from '../model/rollup.ts';
import { asOf, contentDir } from './data.ts';

/** A named version with its figures of each year, read from its Git tree at build time. */
export interface TaggedVersion extends VersionTag {
  /** Roll-up of each fiscal year in that version (on the build's as-of date). */
  rollups: Map<number, YearRollup>;
}

/** The newest versions the portal compares; older ones stay listed by `plan version list`. */
const SHOWN = 8;

/**
 * The Git tags of the checkout holding the content folder, newest first, each with its roll-ups:
 * the content as it was at the tag, read through the same loader as `plan diff` (no checkout).
 * Content outside a Git checkout has no versions.
 */
export async function versionHistory(contentDir: string, asOf: string, { fs = nodeFs, cache = {} }: { fs?: typeof nodeFs; cache?: object } = {}): Promise<TaggedVersion[]> {
  const absolute = path.resolve(contentDir);
  let dir: string;
  try {
    dir = await git.findRoot({ fs, filepath: absolute });
  } catch {
    return [];
  }
  const inside = path.relative(dir, absolute).split(path.sep).join('/');
  if (inside === '') return [];
  const repo = { dir, fs, cache };
  const tags = (await listVersionTags(repo)).slice(0, SHOWN);
  return Promise.all(
    tags.map(async (tag) => {
      const source = await gitTreeSource(repo, tag.commit, inside);
      const model = buildModel(await loadContent(absolute, { source }));
      return { ...tag, rollups: new Map([...model.years.values()].map((content) => [content.year, rollupYear(content, asOf)])) };
    }),
  );
}

/** A tagged version against the current plan (B = current), for one year; undefined when the version has no such year. */
export function againstCurrent(version: TaggedVersion, current: YearRollup): TaggedVersionsRow[] | undefined {
  const then = version.rollups.get(current.year);
  return then && compareVersions(then, current);
}

let cached: Promise<TaggedVersion[]> | undefined;

/** The portal's named versions, read once per build (see {@link versionHistory}). */
export function siteVersions(): Promise<TaggedVersion[]> {
  return (cached ??= versionHistory(contentDir, asOf, { cache: {} }));
}
