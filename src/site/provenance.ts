import nodeFs from 'node:fs';
import path from 'node:path';
import { readProvenance, type Provenance } from '../approvals/provenance.ts';
import { findGitLocation } from '../core/git-dir.ts';

/**
 * Who approved which version of every document in `contentDir`, keyed by path inside it (as
 * `Loaded.path`). The repository is the Git checkout that contains the content folder, so fixtures
 * and the bench's synthetic company resolve their own. Content outside any checkout, or a checkout
 * without a ledger, simply has no provenance: the portal still builds (a source tarball, the bench).
 */
export async function siteProvenance(contentDir: string, { fs = nodeFs, cache = {} }: { fs?: typeof nodeFs; cache?: object } = {}): Promise<Map<string, Provenance>> {
  const absolute = path.resolve(contentDir);
  const dir = findGitLocation(absolute, fs)?.dir;
  if (dir === undefined) return new Map();
  const inside = path.relative(dir, absolute).split(path.sep).join('/');
  // Ledger paths name files inside a content folder; a checkout that is itself the content folder has none.
  if (inside === '') return new Map();
  return readProvenance({ dir, fs, cache, contentDir: inside });
}
